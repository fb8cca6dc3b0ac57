package org.gongzheng.discretion.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.casework.Cases;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Legal review 法制审核 of penalty decisions, as a small state machine of its own
 * (PENDING_LEGAL_REVIEW → issued, or RETURNED to the handler) until the approval module's
 * implementation is available. Everything about review goes through this one class: to move to
 * the approval module, {@link #submit} calls {@code Approvals.submit} with subject type
 * {@value DecisionIssuer#SUBJECT_TYPE}, and a listener for {@code ApprovalGranted} /
 * {@code ApprovalReturned} takes the place of {@link #approve} and {@link #returnForCorrection}.
 */
@Component
public class LegalReview {

	private final PenaltyDecisionRepository decisions;

	private final DecisionIssuer issuer;

	private final Cases cases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LegalReview(PenaltyDecisionRepository decisions, DecisionIssuer issuer, Cases cases, ApplicationEventPublisher events,
			Clock clock) {
		this.decisions = decisions;
		this.issuer = issuer;
		this.cases = cases;
		this.events = events;
		this.clock = clock;
	}

	/** Puts a proposal before the legal department (it stays PENDING_LEGAL_REVIEW until decided). */
	void submit(PenaltyDecision decision) {
		events.publishEvent(AuditEvent.success("LEGAL_REVIEW_REQUESTED", "PENALTY_DECISION", decision.getId(),
				decision.getCaseNumber() + " " + String.join(",", decision.reviewRuleCodes())));
	}

	/** Legal staff approve: the decision document is issued in the same transaction. */
	@Transactional
	public PenaltyDecision approve(long decisionId, long version, String opinion, SignedInOfficer reviewer) {
		PenaltyDecision decision = reviewable(decisionId, version, reviewer);
		decision.reviewed(reviewer.officerId(), blankToNull(opinion), clock.instant(), true);
		events.publishEvent(AuditEvent.success("LEGAL_REVIEW_APPROVED", "PENALTY_DECISION", decisionId,
				decision.getCaseNumber()));
		return issuer.issue(decision);
	}

	/** Legal staff send it back to the handler with their reasons; the handler may propose again. */
	@Transactional
	public PenaltyDecision returnForCorrection(long decisionId, long version, String opinion, SignedInOfficer reviewer) {
		FieldProblems problems = new FieldProblems();
		problems.addIf(opinion == null || opinion.isBlank(), "opinion", "validation.required");
		problems.throwIfAny();
		PenaltyDecision decision = reviewable(decisionId, version, reviewer);
		decision.reviewed(reviewer.officerId(), opinion.strip(), clock.instant(), false);
		decisions.saveAndFlush(decision);
		events.publishEvent(AuditEvent.success("LEGAL_REVIEW_RETURNED", "PENALTY_DECISION", decisionId,
				decision.getCaseNumber()));
		return decision;
	}

	private PenaltyDecision reviewable(long decisionId, long version, SignedInOfficer reviewer) {
		PenaltyDecision decision = decisions.findById(decisionId)
			.filter(d -> reviewer.scope().includes(d.getUnitPath()))
			.orElseThrow(() -> new NotFoundException("penalty.notFound", decisionId));
		CaseFacts facts = cases.facts(decision.getCaseId()).orElseThrow();
		if (!reviewer.has(Role.LEGAL) || facts.handledBy(reviewer.officerId())
				|| decision.getProposedBy() == reviewer.officerId()) {
			events.publishEvent(AuditEvent.denied("LEGAL_REVIEW", "PENALTY_DECISION", decisionId, null));
			throw new ForbiddenException("penalty.review.forbidden");
		}
		if (decision.getVersion() != version) {
			throw ConflictException.staleVersion(decision.getCaseNumber());
		}
		if (decision.getStatus() != PenaltyStatus.PENDING_LEGAL_REVIEW) {
			throw new ConflictException("penalty.status.notAllowed",
					org.gongzheng.shared.error.Label.of(decision.getStatus()));
		}
		return decision;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
