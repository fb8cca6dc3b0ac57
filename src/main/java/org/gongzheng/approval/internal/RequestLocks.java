package org.gongzheng.approval.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.db.CaseLocks;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Requests under their row locks, each case's lock taken first: a signature can end in a case
 * transition that withdraws the case's other requests, and a change to the case can withdraw a
 * request, so both take the case's lock before any row's (see {@link CaseLocks}).
 */
@Component
class RequestLocks {

	private final ApprovalRequestRepository requests;

	private final RequestRecords records;

	private final CaseLocks caseLocks;

	RequestLocks(ApprovalRequestRepository requests, RequestRecords records, CaseLocks caseLocks) {
		this.requests = requests;
		this.records = records;
		this.caseLocks = caseLocks;
	}

	/** The request, if it exists. */
	Optional<ApprovalRequest> request(long requestId) {
		records.lockCaseOf(requestId).ifPresent(caseLocks::taken);
		return requests.lockById(requestId);
	}

	/** The request, if it exists within the officer's data scope; otherwise 404. */
	ApprovalRequest requestInScope(long requestId, SignedInOfficer officer) {
		return request(requestId)
			.filter(r -> officer.scope().includes(r.getCaseUnitPath()))
			.orElseThrow(() -> new NotFoundException("approval.notFound", requestId));
	}

	/** The requests still open (pending or returned) on the case. */
	List<ApprovalRequest> openOnCase(long caseId) {
		caseLocks.lock(caseId);
		return requests.lockOpenOnCase(caseId);
	}
}
