package org.gongzheng.casework;

import java.time.Instant;

/** A case moved from one state to another. Published in the transaction of the change. */
public record CaseTransitioned(long caseId, String caseNumber, long unitId, CaseTransition transition, CaseState from,
		CaseState to, long actorOfficerId, Instant effectiveAt, long caseVersion) {
}
