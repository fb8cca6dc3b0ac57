package org.gongzheng.discretion;

import java.time.Instant;

/** A penalty decision's numbered document was issued (after legal review where it was required). */
public record PenaltyDecisionIssued(long decisionId, long caseId, long unitId, String violationCode, long documentId,
		String documentNumber, Long fineFen, Integer detentionDays, boolean outOfRange, Instant issuedAt) {
}
