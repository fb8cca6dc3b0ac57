package org.gongzheng.casework.web;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.internal.CaseAccess;
import org.gongzheng.organization.SignedInOfficer;

/**
 * Where the case page opens after a change to one of its sections. Normally at that section, so
 * the officer sees what they added; but when the change left a pending approval request stale,
 * at the top, where the page says so: otherwise the warning the handler must act on sits
 * scrolled out of view at the very moment it appears.
 */
@Component
class CasePageAfterChange {

	private final CaseAccess access;

	private final Approvals approvals;

	CasePageAfterChange(CaseAccess access, Approvals approvals) {
		this.access = access;
		this.approvals = approvals;
	}

	String redirect(long caseId, String section, SignedInOfficer officer) {
		long version = access.visible(caseId, officer).getVersion();
		boolean stale = approvals.requestsFor(caseId).stream().anyMatch(r -> r.staleAgainst(version));
		return "redirect:/cases/" + caseId + (stale ? "#notice" : "#" + section);
	}
}
