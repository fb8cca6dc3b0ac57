package org.gongzheng.approval;

import java.time.Instant;

/**
 * A returned request was corrected and submitted again: a new round starts at the first link.
 * {@code note}: what the submitter says they corrected, in their words, or null.
 */
public record ApprovalResubmitted(long requestId, ApprovalAction action, long caseId, String subjectType,
		String subjectId, int round, long submittedBy, String note, Instant at) {
}
