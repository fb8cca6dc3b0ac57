package org.gongzheng.audit;

import java.time.Instant;

/**
 * The result of walking the audit chain.
 *
 * @param intact whether every row's hash and link are right, and every record a row vouches for
 *     still has the digest the row names
 * @param rowsChecked how many rows were checked (up to and including the first broken one)
 * @param recordsChecked how many records vouched for by those rows were compared with their digests
 * @param firstBrokenId the id of the first row that fails, or {@code null}
 * @param problem what is wrong with that row: {@code CONTENT_ALTERED} or {@code CHAIN_BROKEN} (the
 *     row itself), {@code ATTESTED_CONTENT_ALTERED} or {@code ATTESTED_RECORD_MISSING} (the record it
 *     vouches for)
 */
public record AuditVerification(boolean intact, long rowsChecked, long recordsChecked, Long firstBrokenId,
		String problem, Instant checkedAt) {

	public static AuditVerification ok(long rows, long records, Instant at) {
		return new AuditVerification(true, rows, records, null, null, at);
	}

	public static AuditVerification broken(long rows, long records, long id, String problem, Instant at) {
		return new AuditVerification(false, rows, records, id, problem, at);
	}
}
