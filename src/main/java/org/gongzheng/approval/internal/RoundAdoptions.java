package org.gongzheng.approval.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Submission rounds from before V76, when their audit entries began naming their digests. */
@Component
class RoundAdoptions extends Adoptions {

	RoundAdoptions(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		super("SUBMISSION_ROUNDS_ADOPTED", RoundAttestations.TYPE, "submission rounds", jdbc, events);
	}

	@Override
	void digestsUpTo(long through, JdbcTemplate streaming, RecordDigest each) {
		streaming.query("""
				select id, request_id, round, summary, summary_en, note, case_version, submitted_by, submitted_at
				from approval_request_rounds where id <= ? order by id""", rs -> {
			SubmissionRound round = new SubmissionRound(rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getLong(7), rs.getLong(8), rs.getTimestamp(9).toInstant());
			each.accept(rs.getLong(1), round.digest(rs.getLong(2)));
		}, through);
	}
}
