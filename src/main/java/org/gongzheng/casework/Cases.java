package org.gongzheng.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongzheng.organization.SignedInOfficer;

/** The casework module's face for other modules. */
public interface Cases {

	/** A case regardless of who asks; for the system's own decisions (scheduled checks, signing rules). */
	Optional<CaseFacts> facts(long caseId);

	/** A case as the officer may see it: out of their data scope it is not found (404). */
	CaseFacts visibleFacts(long caseId, SignedInOfficer officer);

	/** The property recorded as seized on a case, in the order it was recorded; empty for an unknown case. */
	List<SeizedPropertyFact> seizedProperty(long caseId);

	/** The ids among {@code materialIds} the officer has opened at least once (view receipts). */
	Set<Long> materialsViewedBy(long officerId, Collection<Long> materialIds);

	/**
	 * Records the DECIDE transition (timeline, deadlines, audit, {@link CaseTransitioned}) for a
	 * decision another module has issued under its own rules, e.g. a penalty decision document
	 * after legal review, in the caller's transaction and on behalf of {@code officerId}. Returns
	 * false, changing nothing, when the case is no longer under investigation (for instance because
	 * the decision on another party of the case already moved it on).
	 */
	boolean recordDecision(long caseId, DecisionKind kind, String summary, Instant decidedAt, long officerId);
}
