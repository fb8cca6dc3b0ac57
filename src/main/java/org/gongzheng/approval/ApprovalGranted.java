package org.gongzheng.approval;

import java.time.Instant;

/**
 * The last link signed. Published inside the signing transaction: a synchronous listener of the
 * module that owns the subject applies the action there, so approval and effect commit together.
 */
public record ApprovalGranted(long requestId, ApprovalAction action, long caseId, String subjectType, String subjectId,
		long submittedBy, long lastSignerId, Instant at) {
}
