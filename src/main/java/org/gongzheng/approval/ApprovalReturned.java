package org.gongzheng.approval;

import java.time.Instant;

/** A signer sent the request back to the handler for correction 退回补正, with reasons. */
public record ApprovalReturned(long requestId, ApprovalAction action, long caseId, String subjectType, String subjectId,
		long signerId, String opinion, Instant at) {
}
