package org.gongzheng.approval.web;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Who may read which accountability record, the same for the pages, the exports and the API. A
 * case or officer outside the reader's data scope does not exist for them (404); inside it, an
 * officer's record is for that officer and for those who review, check or lead (403 otherwise).
 */
@Component
class RecordAccess {

	private final ApprovalCaseFiles files;

	private final Organization organization;

	RecordAccess(ApprovalCaseFiles files, Organization organization) {
		this.files = files;
		this.organization = organization;
	}

	ApprovalCaseFiles.CaseFile caseFile(long caseId, SignedInOfficer reader) {
		return files.find(caseId).filter(f -> reader.scope().includes(f.unitPath()))
			.orElseThrow(() -> new NotFoundException("case.notFound", caseId));
	}

	OfficerSummary officer(long officerId, SignedInOfficer reader) {
		OfficerSummary subject = organization.officer(officerId)
			.filter(o -> reader.scope().includes(o.unitPath()) || o.id() == reader.officerId())
			.orElseThrow(() -> new NotFoundException("officer.notFound", officerId));
		if (!mayRead(subject, reader)) {
			throw new ForbiddenException("approval.records.forbidden");
		}
		return subject;
	}

	/** Whether the reader may open this officer's record, so that a name is a link only where it works. */
	boolean mayRead(OfficerSummary subject, SignedInOfficer reader) {
		return subject.id() == reader.officerId() || (reader.scope().includes(subject.unitPath())
				&& reader.hasAny(Role.REVIEWER, Role.LEGAL, Role.LEADER, Role.ADMIN));
	}
}
