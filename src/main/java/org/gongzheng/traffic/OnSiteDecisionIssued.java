package org.gongzheng.traffic;

import java.time.Instant;

/**
 * An on-site traffic decision was issued. {@code outOfRange} marks it for supervision: it leaves
 * the discretion standard's range or omits a mandatory component, with the officer's reason.
 */
public record OnSiteDecisionIssued(long decisionId, long unitId, long officerId, String violationCode, Long fineFen,
		int points, boolean outOfRange, long documentId, String documentNumber, Instant issuedAt) {
}
