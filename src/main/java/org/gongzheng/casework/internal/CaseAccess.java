package org.gongzheng.casework.internal;

import org.springframework.stereotype.Component;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Loads cases through the signed-in officer's data scope. A case outside the scope is reported as
 * not found, so its existence is not revealed.
 */
@Component
public class CaseAccess {

	private final LawCaseRepository cases;

	CaseAccess(LawCaseRepository cases) {
		this.cases = cases;
	}

	public LawCase visible(long caseId, SignedInOfficer officer) {
		return cases.findById(caseId)
			.filter(c -> officer.scope().includes(c.getUnitPath()))
			.orElseThrow(() -> new NotFoundException("case.notFound", caseId));
	}

	/** A visible case at exactly the version the user's form or request was made against. */
	public LawCase atVersion(long caseId, long expectedVersion, SignedInOfficer officer) {
		LawCase lawCase = visible(caseId, officer);
		if (lawCase.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(lawCase.getCaseNumber());
		}
		return lawCase;
	}
}
