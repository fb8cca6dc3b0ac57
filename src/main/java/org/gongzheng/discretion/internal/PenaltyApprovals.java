package org.gongzheng.discretion.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalGranted;
import org.gongzheng.approval.ApprovalRefused;
import org.gongzheng.approval.ApprovalResubmitted;
import org.gongzheng.approval.ApprovalReturned;
import org.gongzheng.approval.ApprovalSubmission;
import org.gongzheng.approval.ApprovalWithdrawn;
import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.CaseFacts;
import org.gongzheng.discretion.LocalizedText;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.web.Messages;

/**
 * Review and approval of penalty decisions through the approval module. A decision outside the
 * standard's range, or open to a hearing (a major decision), goes through PENALTY_MAJOR, whose
 * chain has the legal department's review 法制审核 (Administrative Penalty Law art. 58); any other
 * through PENALTY_ORDINARY. The outcome comes back as events published in the signing
 * transaction: the approval, the numbered document and the case's DECIDE transition commit
 * together or not at all.
 */
@Component
class PenaltyApprovals {

	private final Approvals approvals;

	private final PenaltyDecisionRepository decisions;

	private final DecisionIssuer issuer;

	private final ApplicationEventPublisher events;

	private final Messages messages;

	PenaltyApprovals(Approvals approvals, PenaltyDecisionRepository decisions, DecisionIssuer issuer,
			ApplicationEventPublisher events, Messages messages) {
		this.messages = messages;
		this.approvals = approvals;
		this.decisions = decisions;
		this.issuer = issuer;
		this.events = events;
	}

	/**
	 * The approval a decision needs, if a chain for it is in force for the case's bureau: the legal
	 * department keeps the chains, and one switched off means the decision is issued at once.
	 */
	Optional<ApprovalAction> needed(PenaltyDecision decision) {
		if (decision.isLegalReviewRequired() && approvals.required(ApprovalAction.PENALTY_MAJOR, decision.getUnitPath())) {
			return Optional.of(ApprovalAction.PENALTY_MAJOR);
		}
		return approvals.required(ApprovalAction.PENALTY_ORDINARY, decision.getUnitPath())
				? Optional.of(ApprovalAction.PENALTY_ORDINARY)
				: Optional.empty();
	}

	/** Opens the approval request, pinned to the case version the handler saw and all its materials. */
	void submit(PenaltyDecision decision, ApprovalAction action, CaseFacts facts, LocalizedText summary,
			SignedInOfficer submitter) {
		Approvals.RequestSummary request = approvals.submit(new ApprovalSubmission(action, facts.id(), facts.version(),
				DecisionIssuer.SUBJECT_TYPE, decision.getId().toString(), summary.zh(), summary.en(), null), submitter);
		decision.submitted(action, request.id());
		decisions.saveAndFlush(decision);
		events.publishEvent(AuditEvent.success("PENALTY_SUBMITTED_FOR_APPROVAL", "PENALTY_DECISION", decision.getId(),
				action + " request " + request.id()));
	}

	@EventListener
	void granted(ApprovalGranted event) {
		mine(event.subjectType(), event.subjectId()).ifPresent(decision -> {
			decision.approved(event.lastSignerId(), event.at());
			issuer.issue(decision);
		});
	}

	@EventListener
	void returned(ApprovalReturned event) {
		mine(event.subjectType(), event.subjectId()).ifPresent(decision -> {
			decision.rejected(false, event.signerId(), event.opinion(), event.at());
			decisions.saveAndFlush(decision);
			events.publishEvent(AuditEvent.success("PENALTY_RETURNED", "PENALTY_DECISION", decision.getId(),
					"request " + event.requestId()));
		});
	}

	@EventListener
	void refused(ApprovalRefused event) {
		mine(event.subjectType(), event.subjectId()).ifPresent(decision -> {
			decision.rejected(true, event.signerId(), event.opinion(), event.at());
			decisions.saveAndFlush(decision);
			events.publishEvent(AuditEvent.success("PENALTY_REFUSED", "PENALTY_DECISION", decision.getId(),
					"request " + event.requestId()));
		});
	}

	/**
	 * A new proposal for a party replaces one returned for correction: the returned request is
	 * withdrawn, with the reason in both languages, so it leaves the handler's returns and can never
	 * be approved beside the new one.
	 */
	void supersedeReturned(long caseId, long partyId, long officerId) {
		for (PenaltyDecision earlier : decisions.findByCaseIdOrderByIdDesc(caseId)) {
			if (earlier.getPartyId() == partyId && earlier.getStatus() == PenaltyStatus.RETURNED
					&& earlier.getApprovalRequestId() != null) {
				approvals.withdrawMoot(earlier.getApprovalRequestId(),
						messages.get(Locale.SIMPLIFIED_CHINESE, "penalty.superseded"),
						messages.get(Locale.ENGLISH, "penalty.superseded"), officerId);
			}
		}
	}

	@EventListener
	void resubmitted(ApprovalResubmitted event) {
		mine(event.subjectType(), event.subjectId()).ifPresent(decision -> {
			// Only data from before proposals superseded returned ones can have a newer one beside it.
			if (decisions.live(decision.getCaseId(), decision.getPartyId()).stream()
				.anyMatch(other -> !other.getId().equals(decision.getId()))) {
				throw new ConflictException("penalty.alreadyLive", decision.getPartyName());
			}
			decision.resubmitted();
			decisions.saveAndFlush(decision);
		});
	}

	@EventListener
	void withdrawn(ApprovalWithdrawn event) {
		mine(event.subjectType(), event.subjectId()).ifPresent(decision -> {
			decision.withdrawn();
			decisions.saveAndFlush(decision);
			events.publishEvent(AuditEvent.success("PENALTY_WITHDRAWN", "PENALTY_DECISION", decision.getId(),
					"request " + event.requestId()));
		});
	}

	private Optional<PenaltyDecision> mine(String subjectType, String subjectId) {
		if (!DecisionIssuer.SUBJECT_TYPE.equals(subjectType) || subjectId == null) {
			return Optional.empty();
		}
		return decisions.findById(Long.valueOf(subjectId));
	}
}
