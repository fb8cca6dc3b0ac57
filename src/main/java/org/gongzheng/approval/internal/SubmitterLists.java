package org.gongzheng.approval.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.Approvals;
import org.gongzheng.organization.SignedInOfficer;

/**
 * The two lists of the queue that wait for the submitter rather than a signer: requests returned
 * for correction, and pending ones whose case changed after submission. Each holds the requests the
 * officer submitted or that are on open cases they handle, and each is filtered, counted and paged
 * by the database, so a page reads its own rows only.
 */
@Service
@Transactional(readOnly = true)
class SubmitterLists {

	private final ApprovalRequestRepository requests;

	private final SignatureRepository signatures;

	private final SigningContexts contexts;

	SubmitterLists(ApprovalRequestRepository requests, SignatureRepository signatures, SigningContexts contexts) {
		this.requests = requests;
		this.signatures = signatures;
		this.contexts = contexts;
	}

	/** Returned requests, newest return first, each with the return's signer, time and opinion. */
	Page<Approvals.Returned> returnedTo(SignedInOfficer officer, ApprovalAction action, Pageable pageable) {
		Page<ApprovalRequest> page = requests.returnedFor(officer.officerId(), handledBy(officer),
				officer.scope().likePattern(), name(action), pageable);
		// The query lists only requests with a return on record, so each finds its latest one here.
		Map<Long, Signature> lastReturn = new HashMap<>();
		if (page.hasContent()) {
			signatures.findByRequestIdInAndDecisionOrderBySignedAtDesc(
					page.stream().map(ApprovalRequest::getId).toList(), Approvals.Decision.RETURN)
				.forEach(s -> lastReturn.putIfAbsent(s.getRequestId(), s));
		}
		return page.map(r -> {
			Signature s = lastReturn.get(r.getId());
			return new Approvals.Returned(r.summary(), s.getSignerId(), s.getSignedAt(), s.getOpinion());
		});
	}

	/**
	 * Stale requests, oldest submission first. Staleness compares a request's case version with the
	 * case's current one, which only the case module knows; so the current versions of the cases
	 * their pending requests are on are read first (a handful: the officer's own open work), and the
	 * database compares, counts and pages with those.
	 */
	Page<ApprovalRequest> staleFor(SignedInOfficer officer, ApprovalAction action, Pageable pageable) {
		Long[] handled = handledBy(officer);
		String scope = officer.scope().likePattern();
		List<Long> caseIds = requests.casesPendingFor(officer.officerId(), handled, scope);
		if (caseIds.isEmpty()) {
			return Page.empty(pageable);
		}
		List<ApprovalCaseFiles.CaseFile> files = List.copyOf(contexts.caseFiles(caseIds).values());
		if (files.isEmpty()) {
			return Page.empty(pageable);
		}
		return requests.staleFor(officer.officerId(), handled, scope,
				files.stream().map(ApprovalCaseFiles.CaseFile::id).toArray(Long[]::new),
				files.stream().map(ApprovalCaseFiles.CaseFile::version).toArray(Long[]::new), name(action), pageable);
	}

	/**
	 * The open cases the officer handles, so that these lists read only those and the requests they
	 * submitted, not everything in their scope.
	 */
	private Long[] handledBy(SignedInOfficer officer) {
		return contexts.openCasesHandledBy(officer.officerId()).toArray(Long[]::new);
	}

	private static String name(ApprovalAction action) {
		return action == null ? null : action.name();
	}
}
