package org.gongzheng.approval.internal;

import java.sql.ResultSet;

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
		streaming.query("select " + RoundAttestations.COLUMNS + " from approval_request_rounds where id <= ? order by id",
				(ResultSet rs) -> {
					each.accept(rs.getLong(1), RoundAttestations.digestOf(rs));
				}, through);
	}
}
