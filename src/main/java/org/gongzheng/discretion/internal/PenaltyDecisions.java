package org.gongzheng.discretion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.Cases;
import org.gongzheng.discretion.Assessment;
import org.gongzheng.discretion.OffenderKind;
import org.gongzheng.discretion.PenaltyComponents;
import org.gongzheng.discretion.PenaltyDecisionProposed;
import org.gongzheng.discretion.PenaltyProposal;
import org.gongzheng.discretion.Procedure;
import org.gongzheng.discretion.Recommendation;
import org.gongzheng.discretion.RuleReference;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Ordinary-procedure penalty decisions on administrative cases under investigation. The handler
 * proposes; the proposal is measured against the standard in force on the day of the violation
 * and the procedure rules, then approved through the approval module (see {@link PenaltyApprovals}):
 * outside the range (with the required written reason) or where the law makes it a major decision,
 * through the chain with legal review. The numbered document is issued once the last link signs.
 */
@Service
@Transactional
public class PenaltyDecisions {

	/** Party roles a penalty may be imposed on. */
	private static final Set<String> PUNISHABLE_ROLES = Set.of("OFFENDER", "SUSPECT");

	private final PenaltyDecisionRepository decisions;

	private final DiscretionService discretion;

	private final PenaltyApprovals approvals;

	private final DecisionIssuer issuer;

	private final Cases cases;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DefaultZone zone;

	PenaltyDecisions(PenaltyDecisionRepository decisions, DiscretionService discretion, PenaltyApprovals approvals,
			DecisionIssuer issuer, Cases cases, Organization organization, ApplicationEventPublisher events, Clock clock,
			DefaultZone zone) {
		this.decisions = decisions;
		this.discretion = discretion;
		this.approvals = approvals;
		this.issuer = issuer;
		this.cases = cases;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	/** The case as the officer may see it, checked to be open to an ordinary-procedure decision. */
	@Transactional(readOnly = true)
	public CaseFacts decidableCase(long caseId, SignedInOfficer officer) {
		CaseFacts facts = cases.visibleFacts(caseId, officer);
		if (facts.type() != CaseType.ADMINISTRATIVE) {
			throw new ConflictException("penalty.case.notAdministrative");
		}
		if (facts.state() != CaseState.INVESTIGATING) {
			throw new ConflictException("penalty.case.notInvestigating", Label.of(facts.state()));
		}
		return facts;
	}

	/** The parties of a case a penalty may be imposed on. */
	public static List<CaseFacts.PartyFact> punishable(CaseFacts facts) {
		return facts.parties().stream().filter(p -> PUNISHABLE_ROLES.contains(p.role())).toList();
	}

	/** The day whose standard applies: the day of the violation, else today. */
	public LocalDate dayOf(CaseFacts facts) {
		return (facts.occurredAt() != null ? facts.occurredAt() : clock.instant()).atZone(zone.zoneId()).toLocalDate();
	}

	@Transactional(readOnly = true)
	public Recommendation recommend(long caseId, String violationCode, Set<String> circumstances, SignedInOfficer officer) {
		CaseFacts facts = decidableCase(caseId, officer);
		return discretion.recommend(violationCode, circumstances, facts.unitId(), dayOf(facts));
	}

	/** Measures a proposal without saving anything (for the page's live check). */
	@Transactional(readOnly = true)
	public Assessment assess(long caseId, ProposalCommand command, SignedInOfficer officer) {
		CaseFacts facts = decidableCase(caseId, officer);
		CaseFacts.PartyFact party = party(facts, command.partyId());
		return assessment(facts, party, command);
	}

	public PenaltyDecision propose(long caseId, ProposalCommand command, SignedInOfficer officer) {
		CaseFacts facts = decidableCase(caseId, officer);
		if (!facts.handledBy(officer.officerId())) {
			events.publishEvent(AuditEvent.denied("PENALTY_PROPOSED", "CASE", caseId, command.violationCode()));
			throw new ForbiddenException("penalty.propose.forbidden");
		}
		if (!organization.qualified(officer.officerId(), LocalDate.now(clock.withZone(zone.zoneId())),
				QualificationLevel.BASIC)) {
			throw new ForbiddenException("case.qualification.required");
		}
		CaseFacts.PartyFact party = party(facts, command.partyId());
		if (!decisions.live(caseId, party.id()).isEmpty()) {
			throw new ConflictException("penalty.alreadyLive", party.name());
		}
		Assessment assessment = assessment(facts, party, command).throwIfRefused();
		Recommendation recommendation = assessment.recommendation();
		PenaltyDecision decision = decisions.saveAndFlush(new PenaltyDecision(caseId, facts.caseNumber(), facts.unitId(),
				facts.unitPath(), party.id(), party.name(), offender(party), recommendation.violation().id(),
				recommendation.violation().code(), recommendation.standardId(), recommendation.grade(),
				new LinkedHashSet<>(recommendation.ticked().stream().map(c -> c.code()).toList()),
				command.facts().strip(), assessment.components(), assessment.outOfRange(),
				blankToNull(command.deviationReason()), blankToNull(command.omissionReason()),
				command.hearingNoticeGiven(), assessment.reviewRules().stream().map(RuleReference::code).toList(),
				officer.officerId(), clock.instant()));
		events.publishEvent(AuditEvent.success("PENALTY_PROPOSED", "PENALTY_DECISION", decision.getId(),
				facts.caseNumber() + " " + recommendation.violation().code() + " " + recommendation.grade()
						+ (decision.isOutOfRange() ? " OUT_OF_RANGE" : "") + " standard " + recommendation.standardId()));
		events.publishEvent(new PenaltyDecisionProposed(decision.getId(), caseId, facts.unitId(),
				decision.getViolationCode(), decision.getGrade(), decision.getStandardId(), decision.isOutOfRange(),
				decision.isLegalReviewRequired(), officer.officerId(), decision.getProposedAt()));
		approvals.supersedeReturned(caseId, party.id(), officer.officerId());
		java.util.Optional<org.gongzheng.approval.ApprovalAction> approval = approvals.needed(decision);
		if (approval.isPresent()) {
			approvals.submit(decision, approval.get(), facts, PenaltySummary.of(decision, recommendation), officer);
			return decision;
		}
		return issuer.issue(decision);
	}

	@Transactional(readOnly = true)
	public PenaltyDecision visible(long decisionId, SignedInOfficer officer) {
		PenaltyDecision decision = decisions.findById(decisionId).filter(d -> officer.scope().includes(d.getUnitPath()))
			.orElseThrow(() -> new NotFoundException("penalty.notFound", decisionId));
		events.publishEvent(AuditEvent.read("PENALTY_DECISION_VIEWED", "PENALTY_DECISION", decisionId,
				decision.getCaseNumber()));
		return decision;
	}

	@Transactional(readOnly = true)
	public Page<PenaltyDecision> search(PenaltyStatus status, Boolean outOfRange, Pageable pageable,
			SignedInOfficer officer) {
		return decisions.search(officer.scope().likePattern(), status, outOfRange, pageable);
	}

	@Transactional(readOnly = true)
	public List<PenaltyDecision> ofCase(long caseId, SignedInOfficer officer) {
		cases.visibleFacts(caseId, officer);
		return decisions.findByCaseIdOrderByIdDesc(caseId);
	}

	/** The recommendation as it stood for a decision: its recorded standard version and circumstances. */
	@Transactional(readOnly = true)
	public Recommendation recommendationOf(PenaltyDecision decision) {
		return discretion.recommendation(discretion.find(decision.getViolationCode()),
				discretion.standardById(decision.getStandardId()), decision.circumstanceCodes());
	}

	private Assessment assessment(CaseFacts facts, CaseFacts.PartyFact party, ProposalCommand command) {
		int points = discretion.violation(command.violationCode()).map(v -> v.points()).orElse(0);
		PenaltyComponents components = command.components(points);
		return discretion.assess(new PenaltyProposal(Procedure.ORDINARY, command.violationCode(), offender(party),
				facts.unitId(), dayOf(facts), command.circumstances() == null ? Set.of() : command.circumstances(),
				components, command.deviationReason(), command.omissionReason(), command.hearingNoticeGiven()));
	}

	private static CaseFacts.PartyFact party(CaseFacts facts, Long partyId) {
		return punishable(facts).stream().filter(p -> partyId != null && p.id() == partyId).findFirst()
			.orElseThrow(() -> InvalidInputException.of("partyId", "penalty.party.unknown"));
	}

	private static OffenderKind offender(CaseFacts.PartyFact party) {
		return party.organization() ? OffenderKind.ORGANIZATION : OffenderKind.CITIZEN;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
