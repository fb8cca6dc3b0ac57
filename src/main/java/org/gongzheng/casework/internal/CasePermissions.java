package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import org.gongzheng.casework.CaseTransition;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Who may do what to a case they can see. Seeing is decided by data scope (see {@link CaseAccess});
 * working on a case needs a role that handles cases and, for handling, a valid qualification.
 */
@Component
public class CasePermissions {

	private final Organization organization;

	private final Clock clock;

	private final DefaultZone zone;

	CasePermissions(Organization organization, Clock clock, DefaultZone zone) {
		this.organization = organization;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Handlers of the case, the officer who registered it (to complete the intake), and the
	 * reviewers and leaders above it.
	 */
	public boolean mayWorkOn(LawCase lawCase, SignedInOfficer officer) {
		if (lawCase.getState().terminal()) {
			return false;
		}
		return lawCase.handledBy(officer.officerId()) || lawCase.getRegisteredBy() == officer.officerId()
				|| officer.hasAny(Role.REVIEWER, Role.LEADER);
	}

	/**
	 * Accepting is open to any case-handling officer of the unit (the duty officer takes the
	 * incident in); later transitions belong to the handlers and their reviewers and leaders.
	 */
	public boolean mayTake(LawCase lawCase, CaseTransition transition, SignedInOfficer officer) {
		if (!transition.allowedFrom(lawCase.getState()) || !officer.hasAny(Role.OFFICER, Role.REVIEWER, Role.LEADER)) {
			return false;
		}
		if (transition == CaseTransition.ACCEPT) {
			return true;
		}
		return mayWorkOn(lawCase, officer);
	}

	/**
	 * Seized property is registered and disposed of also after the case is concluded, so this does
	 * not depend on the case's state.
	 */
	public boolean mayManageProperty(LawCase lawCase, SignedInOfficer officer) {
		return lawCase.handledBy(officer.officerId()) || lawCase.getRegisteredBy() == officer.officerId()
				|| officer.hasAny(Role.REVIEWER, Role.LEADER);
	}

	/** Whether the officer may see a party's identity number and phone in full. */
	public boolean mayReadPersonalData(LawCase lawCase, SignedInOfficer officer) {
		return lawCase.handledBy(officer.officerId()) || officer.hasAny(Role.REVIEWER, Role.LEADER, Role.LEGAL);
	}

	/** No valid qualification, no case handling. */
	public boolean qualified(long officerId) {
		return organization.qualified(officerId, LocalDate.now(clock.withZone(zone.zoneId())), QualificationLevel.BASIC);
	}

	/**
	 * Refuses case handling (a transition, or adding to the case file: parties, materials,
	 * compulsory measures, seized property) to an officer without a valid qualification. Being
	 * allowed to work on the case ({@link #mayWorkOn}) is not enough: what an unqualified officer
	 * writes into the file is handling the case all the same.
	 */
	public void requireQualified(SignedInOfficer officer) {
		if (!qualified(officer.officerId())) {
			throw new ForbiddenException("case.qualification.required");
		}
	}
}
