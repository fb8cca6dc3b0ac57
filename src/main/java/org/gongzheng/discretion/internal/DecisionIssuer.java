package org.gongzheng.discretion.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.casework.Cases;
import org.gongzheng.casework.DecisionKind;
import org.gongzheng.discretion.PenaltyDecisionIssued;
import org.gongzheng.discretion.Recommendation;
import org.gongzheng.document.DocumentRequest;
import org.gongzheng.document.DocumentType;
import org.gongzheng.document.Documents;
import org.gongzheng.document.IssuedDocument;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.Messages;

/**
 * Issues the numbered decision document of an approved penalty decision (or of one issued without
 * approval when no chain is in force) and records the case's DECIDE transition, in the caller's
 * transaction: the signature that approves it, the document number and the case change commit
 * together or not at all.
 */
@Component
class DecisionIssuer {

	static final String SUBJECT_TYPE = "PENALTY_DECISION";

	private final PenaltyDecisionRepository decisions;

	private final DiscretionService discretion;

	private final StandardRepository standards;

	private final ViolationRepository violations;

	private final Documents documents;

	private final Cases cases;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DecisionIssuer(PenaltyDecisionRepository decisions, DiscretionService discretion, StandardRepository standards,
			ViolationRepository violations, Documents documents, Cases cases, Messages messages,
			ApplicationEventPublisher events, Clock clock) {
		this.decisions = decisions;
		this.discretion = discretion;
		this.standards = standards;
		this.violations = violations;
		this.documents = documents;
		this.cases = cases;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	PenaltyDecision issue(PenaltyDecision decision) {
		CaseFacts facts = cases.facts(decision.getCaseId())
			.orElseThrow(() -> new NotFoundException("case.notFound", decision.getCaseId()));
		if (facts.state().terminal()) {
			// Closed, revoked or not filed since the proposal: no decision document on an ended case
			// (approval refuses to resubmit on one; this guards every other way here).
			throw new ConflictException("penalty.case.notInvestigating", Label.of(facts.state()));
		}
		Violation violation = violations.findById(decision.getViolationId()).orElseThrow();
		DiscretionStandard standard = standards.findById(decision.getStandardId()).orElseThrow();
		Recommendation recommendation = discretion.recommendation(violation, standard, decision.circumstanceCodes());
		CaseFacts.PartyFact party = facts.parties().stream().filter(p -> p.id() == decision.getPartyId()).findFirst()
			.orElseThrow(() -> new NotFoundException("penalty.party.notFound"));
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		Map<String, String> f = new LinkedHashMap<>();
		f.put("partyName", decision.getPartyName());
		f.put("offenderKind", decision.getOffenderKind().name());
		f.put("partyIdNumber", party.organization() ? nullToEmpty(party.creditCode()) : nullToEmpty(party.idNumber()));
		f.put("partyAddress", nullToEmpty(party.address()));
		f.put("facts", decision.getFacts());
		f.put("violationCode", violation.getCode());
		f.put("violationName", violation.getNameZh());
		f.put("breachCitation", recommendation.violation().breachCitation().zh());
		f.put("penaltyCitation", recommendation.violation().penaltyCitation().zh());
		f.put("circumstances", recommendation.ticked().stream().map(c -> c.name().zh()).collect(Collectors.joining("、")));
		f.put("gradeLabel", messages.get(zh, "enum.Grade." + decision.getGrade()));
		f.put("standard", "《" + standard.basis().zh().replaceAll("^《|》$", "") + "》");
		f.put("deviationReason", nullToEmpty(decision.getDeviationReason()));
		f.put("omissionReason", nullToEmpty(decision.getOmissionReason()));
		f.put("warning", String.valueOf(decision.isWarning()));
		f.put("fineFen", decision.getFineFen() == null ? "" : decision.getFineFen().toString());
		f.put("detentionDays", decision.getDetentionDays() == null ? "" : decision.getDetentionDays().toString());
		f.put("licenceAction", decision.getLicenceAction().name());
		f.put("licenceMonths", decision.getLicenceMonths() == null ? "" : decision.getLicenceMonths().toString());
		f.put("points", String.valueOf(decision.getPoints()));
		f.put("hearingNoticeGiven", String.valueOf(decision.isHearingNoticeGiven()));
		f.put("legalReview", String.valueOf(decision.getApprovalAction() == org.gongzheng.approval.ApprovalAction.PENALTY_MAJOR));
		Instant now = clock.instant();
		IssuedDocument document = documents.issue(DocumentRequest.of(DocumentType.PENALTY_DECISION_ORDINARY,
				decision.getUnitId(), decision.getCaseId(), SUBJECT_TYPE, decision.getId().toString(),
				decision.getPartyName(), f, decision.getProposedBy(), now));
		decision.issued(document.id(), document.number(), now);
		decisions.saveAndFlush(decision);
		cases.recordDecision(decision.getCaseId(), DecisionKind.ADMINISTRATIVE_PENALTY,
				document.number() + "：对" + decision.getPartyName() + "作出行政处罚决定。", now, decision.getProposedBy());
		events.publishEvent(AuditEvent.success("PENALTY_DECISION_ISSUED", "PENALTY_DECISION", decision.getId(),
				decision.getCaseNumber() + " " + document.number()));
		events.publishEvent(new PenaltyDecisionIssued(decision.getId(), decision.getCaseId(), decision.getUnitId(),
				decision.getViolationCode(), document.id(), document.number(), decision.getFineFen(),
				decision.getDetentionDays(), decision.isOutOfRange(), now));
		return decision;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
