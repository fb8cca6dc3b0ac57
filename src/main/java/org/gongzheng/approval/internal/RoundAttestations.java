package org.gongzheng.approval.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;

import org.gongzheng.shared.AttestedRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission rounds vouched for in the audit log: each APPROVAL_SUBMITTED and APPROVAL_RESUBMITTED
 * entry names its round's digest, so a summary or correction note changed behind the
 * application's back is found like an altered signature.
 */
@Component
class RoundAttestations implements AttestedRecords {

	static final String TYPE = "SUBMISSION_ROUND";

	private final JdbcTemplate jdbc;

	RoundAttestations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> currentDigests(Collection<Long> ids) {
		Map<Long, String> digests = new HashMap<>();
		jdbc.query("select " + COLUMNS + " from approval_request_rounds where id = any (?)",
				(ResultSet rs) -> {
					digests.put(rs.getLong(1), digestOf(rs));
				}, (Object) ids.toArray(Long[]::new));
		return digests;
	}

	/** What {@link #digestOf} reads, in its order, id first. */
	static final String COLUMNS = "id, request_id, round, summary, summary_en, note, case_version, submitted_by, submitted_at, "
			+ "submitter_name, submitter_police_number";

	/** The digest of the round in the current row of a query selecting {@link #COLUMNS}. */
	static String digestOf(ResultSet rs) throws SQLException {
		SubmissionRound round = new SubmissionRound(rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getLong(7), rs.getLong(8), rs.getTimestamp(9).toInstant(), rs.getString(10), rs.getString(11));
		return round.digest(rs.getLong(2));
	}

	@Override
	@Transactional(readOnly = true)
	public Unattested unattested(LongPredicate attested, int sample) {
		return UnattestedScan.of(jdbc, TYPE, "approval_request_rounds", attested, sample);
	}
}
