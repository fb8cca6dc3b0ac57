package org.gongzheng.casework;

import java.time.Instant;

/** An incident was registered (接报) and a case number issued. */
public record CaseRegistered(long caseId, String caseNumber, CaseType type, long unitId, long registeredBy,
		Instant reportedAt) {
}
