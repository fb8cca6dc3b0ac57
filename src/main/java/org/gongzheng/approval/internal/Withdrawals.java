package org.gongzheng.approval.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.ApprovalWithdrawn;
import org.gongzheng.approval.Approvals.RequestSummary;
import org.gongzheng.approval.Approvals.Status;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * Withdrawing 撤回 requests: by the officer whose request it is, with a reason, and by the system
 * when the case has ended or can no longer take the action, with a reason written in both
 * languages. Each is audited and published as {@link ApprovalWithdrawn}, so the module that asked
 * for the action closes it without effect. Every path takes the request's lock (its case's first).
 */
@Component
class Withdrawals {

	private final RequestLocks locks;

	private final SubmitterChecks submitters;

	private final SignatureRepository signatures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Withdrawals(RequestLocks locks, SubmitterChecks submitters, SignatureRepository signatures,
			ApplicationEventPublisher events, Clock clock) {
		this.locks = locks;
		this.submitters = submitters;
		this.signatures = signatures;
		this.events = events;
		this.clock = clock;
	}

	/** See {@link org.gongzheng.approval.Approvals#withdraw}. */
	RequestSummary byOfficer(long requestId, Integer round, String reason, SignedInOfficer officer) {
		ApprovalRequest request = locks.requestInScope(requestId, officer);
		ApprovalCaseFiles.CaseFile file = submitters.caseFileIfTheirs(request, officer, "approval.withdraw.forbidden");
		if (request.neverHad(round)) {
			// No such round yet: not a change made meanwhile, a wrong value sent.
			throw InvalidInputException.of("round", "approval.withdraw.roundUnknown", String.valueOf(round),
					String.valueOf(request.getRound()));
		}
		if (round != null && round != request.getRound()) {
			throw new ConflictException("approval.withdraw.roundChanged", round, request.getRound());
		}
		String text = SubmitterChecks.requiredText("reason", reason, SubmitterChecks.MAX_OPINION);
		Instant now = clock.instant();
		request.withdrawn(text, officer.officerId(), file.version(),
				signatures.existsByRequestIdAndRound(request.getId(), request.getRound()), now);
		announce(request, text, null, officer.officerId(), now);
		return request.summary();
	}

	/**
	 * Everything still open on a case that has ended; {@code officerId} is who ended it, or null
	 * for the system's own check of cases found ended with requests left open.
	 */
	void openOnEndedCase(long caseId, String reason, String reasonEn, Long officerId) {
		locks.openOnCase(caseId).forEach(request -> bySystem(request, reason, reasonEn, officerId));
	}

	/** One request the case can no longer act on, if it is still open. */
	void moot(long requestId, String reason, String reasonEn, long officerId) {
		locks.request(requestId)
			.filter(request -> request.getStatus() == Status.PENDING || request.getStatus() == Status.RETURNED)
			.ifPresent(request -> bySystem(request, reason, reasonEn, officerId));
	}

	private void bySystem(ApprovalRequest request, String reason, String reasonEn, Long officerId) {
		Instant now = clock.instant();
		request.withdrawnBySystem(reason, reasonEn, now);
		announce(request, reason, reasonEn, officerId, now);
	}

	private void announce(ApprovalRequest request, String reason, String reasonEn, Long officerId, Instant now) {
		events.publishEvent(AuditEvent.success("APPROVAL_WITHDRAWN", "APPROVAL_REQUEST", request.getId(),
				"round " + request.getRound() + ": " + reason));
		events.publishEvent(new ApprovalWithdrawn(request.getId(), request.getAction(), request.getCaseId(),
				request.getSubjectType(), request.getSubjectId(), officerId, reason, reasonEn, now));
	}
}
