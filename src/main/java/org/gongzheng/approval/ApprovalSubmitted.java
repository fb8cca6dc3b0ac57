package org.gongzheng.approval;

import java.time.Instant;

/**
 * An action on a case was submitted for approval: round 1 of a new request, its first link open.
 * Published in the submitting transaction, so a listener's record commits with the request.
 * {@code summaryEn}: what is asked in English where the system wrote it (a penalty's terms), else null.
 */
public record ApprovalSubmitted(long requestId, ApprovalAction action, long caseId, String subjectType,
		String subjectId, long submittedBy, String summary, String summaryEn, Instant at) {
}
