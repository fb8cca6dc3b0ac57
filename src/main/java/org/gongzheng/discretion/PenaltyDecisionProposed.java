package org.gongzheng.discretion;

import java.time.Instant;

/**
 * An ordinary-procedure penalty decision was proposed on a case. {@code outOfRange} marks it for
 * supervision: it leaves the discretion standard's range (the written reason is on the decision).
 */
public record PenaltyDecisionProposed(long decisionId, long caseId, long unitId, String violationCode, Grade grade,
		long standardId, boolean outOfRange, boolean legalReviewRequired, long proposedBy, Instant proposedAt) {
}
