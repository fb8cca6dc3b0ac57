package org.gongzheng.approval;

import java.time.Instant;

/** A returned request was corrected and submitted again: a new round starts at the first link. */
public record ApprovalResubmitted(long requestId, ApprovalAction action, long caseId, String subjectType,
		String subjectId, int round, long submittedBy, Instant at) {
}
