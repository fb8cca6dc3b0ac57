package org.gongzheng.approval;

import java.time.Instant;

/**
 * A request returned for correction was withdrawn 撤回 instead of being submitted again: the
 * action it asked for will not happen through it. Its rounds and signatures stay on record.
 * {@code reasonEn}: the reason in English where the system wrote it (its case ended), else null.
 * {@code withdrawnBy}: who did it, or whose change made it moot; null when the system's own check
 * found it open on a case that had already ended.
 */
public record ApprovalWithdrawn(long requestId, ApprovalAction action, long caseId, String subjectType,
		String subjectId, Long withdrawnBy, String reason, String reasonEn, Instant at) {
}
