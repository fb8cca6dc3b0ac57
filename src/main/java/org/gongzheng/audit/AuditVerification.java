package org.gongzheng.audit;

import java.time.Instant;

/**
 * The result of walking the audit chain.
 *
 * @param intact whether every row's hash and link are right
 * @param rowsChecked how many rows were checked (up to and including the first broken one)
 * @param firstBrokenId the id of the first row that fails, or {@code null}
 * @param problem what is wrong with that row: {@code CONTENT_ALTERED} or {@code CHAIN_BROKEN}
 */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBrokenId, String problem,
		Instant checkedAt) {

	public static AuditVerification ok(long rows, Instant at) {
		return new AuditVerification(true, rows, null, null, at);
	}

	public static AuditVerification broken(long rows, long id, String problem, Instant at) {
		return new AuditVerification(false, rows, id, problem, at);
	}
}
