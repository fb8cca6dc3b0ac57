package org.gongzheng.casework.internal;

import org.springframework.stereotype.Component;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.db.CaseLocks;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Loads cases through the signed-in officer's data scope. A case outside the scope is reported as
 * not found, so its existence is not revealed.
 */
@Component
public class CaseAccess {

	private final LawCaseRepository cases;

	private final CaseLocks caseLocks;

	private final CasePermissions permissions;

	CaseAccess(LawCaseRepository cases, CaseLocks caseLocks, CasePermissions permissions) {
		this.cases = cases;
		this.caseLocks = caseLocks;
		this.permissions = permissions;
	}

	/**
	 * A visible case about to be changed: its lock (see {@link CaseLocks}) is taken before it is
	 * read, so a change made meanwhile by a last signature (or a signature that must see this change
	 * to refuse itself as stale) has committed and is what gets read, rather than failing this change
	 * on the case's version when it is saved.
	 */
	public LawCase forChange(long caseId, SignedInOfficer officer) {
		caseLocks.lock(caseId);
		return visible(caseId, officer);
	}

	public LawCase visible(long caseId, SignedInOfficer officer) {
		return cases.findById(caseId)
			.filter(c -> officer.scope().includes(c.getUnitPath()))
			.orElseThrow(() -> new NotFoundException("case.notFound", caseId));
	}

	/**
	 * A visible case whose form for a change (a party, a material, a measure, seized property) is
	 * being opened: refused up front to whoever could not submit it, rather than after typing it.
	 */
	public LawCase forWorkForm(long caseId, SignedInOfficer officer) {
		LawCase lawCase = visible(caseId, officer);
		if (!permissions.mayWorkOn(lawCase, officer)) {
			throw new ForbiddenException("case.work.forbidden");
		}
		permissions.requireQualified(officer);
		return lawCase;
	}

	/** A visible case about to be changed, at exactly the version the user's form or request was made against. */
	public LawCase atVersion(long caseId, long expectedVersion, SignedInOfficer officer) {
		LawCase lawCase = forChange(caseId, officer);
		if (lawCase.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(lawCase.getCaseNumber());
		}
		return lawCase;
	}
}
