package org.gongzheng.approval;

import java.time.Instant;

/** A signer refused the request; the action will not take effect. */
public record ApprovalRefused(long requestId, ApprovalAction action, long caseId, String subjectType, String subjectId,
		long signerId, String opinion, Instant at) {
}
