package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.CaseState;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.Messages;

/** Summonses and compulsory measures, and the deadlines they start and stop. */
@Service
@Transactional
public class Measures {

	private static final Set<CaseState> OPEN_STATES = EnumSet.of(CaseState.ACCEPTED, CaseState.FILED,
			CaseState.INVESTIGATING);

	private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

	private final MeasureRepository measures;

	private final PartyRepository parties;

	private final CaseAccess access;

	private final CasePermissions permissions;

	private final Deadlines deadlines;

	private final Timeline timeline;

	private final LawCaseRepository cases;

	private final CaseApprovals approvals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Messages messages;

	Measures(MeasureRepository measures, PartyRepository parties, CaseAccess access, CasePermissions permissions,
			Deadlines deadlines, Timeline timeline, LawCaseRepository cases, CaseApprovals approvals,
			ApplicationEventPublisher events, Clock clock, Messages messages) {
		this.cases = cases;
		this.approvals = approvals;
		this.measures = measures;
		this.parties = parties;
		this.access = access;
		this.permissions = permissions;
		this.deadlines = deadlines;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
	}

	/** Applies a summons at once; a criminal compulsory measure goes through approval when a chain is in force. */
	public MeasureOutcome start(long caseId, MeasureCommand command, SignedInOfficer officer) {
		LawCase lawCase = workable(caseId, officer);
		if (!OPEN_STATES.contains(lawCase.getState())) {
			throw new ConflictException("measure.caseState", Label.of(lawCase.getState()));
		}
		Instant now = clock.instant();
		Instant startedAt = command.startedAt() == null ? now : command.startedAt();
		FieldProblems problems = new FieldProblems();
		Party party = parties.findByIdAndCaseId(command.partyId(), caseId).orElse(null);
		problems.addIf(party == null, "partyId", "party.notFound");
		problems.addIf(party != null && (party.getKind() != PartyKind.PERSON
				|| !(party.getRole() == PartyRole.SUSPECT || party.getRole() == PartyRole.OFFENDER)),
				"partyId", "measure.party.notSuspect");
		problems.addIf(!command.type().appliesTo(lawCase.getType()), "type", "measure.type.wrongCaseType");
		problems.addIf(command.detentionMayApply() && command.type() != MeasureType.SUMMONS, "detentionMayApply",
				"measure.detentionMayApply.summonsOnly");
		problems.addIf(startedAt.isAfter(now.plus(CLOCK_TOLERANCE)), "startedAt", "validation.notFuture");
		problems.addIf(lawCase.getAcceptedAt() != null && startedAt.isBefore(lawCase.getAcceptedAt()), "startedAt",
				"measure.startedAt.beforeAcceptance");
		// One summons (or detention, or bail) at a time: a second one while the first runs would
		// stack its own time limit on top, the way consecutive summonses hold someone unlawfully.
		problems.addIf(party != null && measures.findByCaseIdOrderByIdAsc(caseId).stream()
			.anyMatch(m -> m.active() && m.getPartyId().equals(party.getId()) && m.getType() == command.type()),
				"type", "measure.alreadyActive", party == null ? "" : party.getName(), Label.of(command.type()));
		problems.throwIfAny();
		if (command.type() != MeasureType.SUMMONS && approvals.needed(ApprovalAction.MEASURE_TAKE, lawCase).isPresent()) {
			Approvals.RequestSummary request = approvals.submit(lawCase,
					PendingAction.measureTake(caseId, command, command.startedAt(), officer.officerId(), now),
					party.getName() + "：" + label(command.type(), Locale.SIMPLIFIED_CHINESE),
					party.getName() + ": " + label(command.type(), Locale.ENGLISH), officer);
			return new MeasureOutcome(null, request);
		}
		return new MeasureOutcome(begin(lawCase, party, command.type(), command.detentionMayApply(), startedAt,
				officer.officerId()), null);
	}

	void applyApprovedStart(PendingAction action) {
		LawCase lawCase = cases.findById(action.getCaseId()).orElseThrow();
		Party party = parties.findById(action.getPartyId()).orElseThrow();
		begin(lawCase, party, action.getMeasureType(), false,
				action.getEffectiveAt() == null ? clock.instant() : action.getEffectiveAt(), action.getRequestedBy());
	}

	private CompulsoryMeasure begin(LawCase lawCase, Party party, MeasureType type, boolean detentionMayApply,
			Instant startedAt, long actorId) {
		CompulsoryMeasure measure = measures.save(new CompulsoryMeasure(lawCase.getId(), party.getId(), type,
				detentionMayApply, startedAt, actorId, clock.instant()));
		// A measure is part of the case file: pending requests pinned to the file before it go stale.
		lawCase.touch(clock.instant());
		timeline.record(lawCase, "MEASURE_STARTED", actorId, startedAt, Label.code(type), party.getName());
		deadlines.onMeasureStarted(lawCase, measure);
		events.publishEvent(AuditEvent.success("MEASURE_STARTED", "CASE", lawCase.getId(),
				"measure " + measure.getId() + " " + type + " party " + party.getId()));
		return measure;
	}

	/**
	 * The measure's name as the request's summary shows it. A summary is stored text, read like the
	 * case title and the handler's reasons, so it takes the case file's language, not a message code.
	 */
	private String label(MeasureType type, Locale locale) {
		return messages.get(locale, Label.code(type));
	}

	public MeasureOutcome end(long caseId, long measureId, long expectedVersion, Instant endedAt, String reason,
			SignedInOfficer officer) {
		LawCase lawCase = workable(caseId, officer);
		CompulsoryMeasure measure = measure(caseId, measureId, expectedVersion);
		Instant at = endedAt == null ? clock.instant() : endedAt;
		FieldProblems problems = new FieldProblems();
		problems.addIf(reason == null || reason.isBlank(), "reason", "validation.required");
		problems.addIf(CaseWork.tooLong(reason, CaseWork.MAX_STEP_NOTE), "reason", "validation.tooLong",
				CaseWork.MAX_STEP_NOTE);
		problems.addIf(at.isBefore(measure.getStartedAt()), "endedAt", "measure.endedAt.beforeStart");
		problems.addIf(at.isAfter(clock.instant().plus(CLOCK_TOLERANCE)), "endedAt", "validation.notFuture");
		problems.throwIfAny();
		if (!measure.active()) {
			throw new ConflictException("measure.alreadyEnded");
		}
		if (measure.getType() != MeasureType.SUMMONS && approvals.needed(ApprovalAction.MEASURE_END, lawCase).isPresent()) {
			Approvals.RequestSummary request = approvals.submit(lawCase, PendingAction.measureEnd(caseId, measureId,
					endedAt, reason.strip(), officer.officerId(), clock.instant()), reason.strip(), officer);
			return new MeasureOutcome(measure, request);
		}
		finish(lawCase, measure, at, reason.strip(), officer.officerId(), null);
		return new MeasureOutcome(measure, null);
	}

	void applyApprovedEnd(PendingAction action, Instant grantedAt) {
		LawCase lawCase = cases.findById(action.getCaseId()).orElseThrow();
		CompulsoryMeasure measure = measures.findById(action.getMeasureId()).orElseThrow();
		finish(lawCase, measure, action.getEffectiveAt() == null ? grantedAt : action.getEffectiveAt(), action.getReason(),
				action.getRequestedBy(), action.getId());
	}

	/** {@code appliedActionId}: the approved request to end it, if that is what this carries out. */
	private void finish(LawCase lawCase, CompulsoryMeasure measure, Instant at, String reason, long actorId,
			Long appliedActionId) {
		approvals.lockBeforeChange(lawCase);
		measure.end(at, reason);
		lawCase.touch(clock.instant());
		timeline.record(lawCase, "MEASURE_ENDED", actorId, at, Label.code(measure.getType()), reason);
		deadlines.onMeasureEnded(lawCase, measure);
		// Its arrest request, and extensions of the deadlines it closed, are moot now.
		approvals.withdrawMoot(lawCase, actorId, appliedActionId);
		events.publishEvent(AuditEvent.success("MEASURE_ENDED", "CASE", lawCase.getId(), "measure " + measure.getId()));
	}

	/**
	 * Records that the arrest-approval request went to the procuratorate, which meets its deadline.
	 * With a chain in force, the request is first approved internally and counts as sent when granted.
	 */
	public MeasureOutcome arrestRequestSubmitted(long caseId, long measureId, long expectedVersion, Instant at,
			SignedInOfficer officer) {
		LawCase lawCase = workable(caseId, officer);
		CompulsoryMeasure measure = measure(caseId, measureId, expectedVersion);
		Instant when = at == null ? clock.instant() : at;
		FieldProblems problems = new FieldProblems();
		problems.addIf(when.isBefore(measure.getStartedAt()), "submittedAt", "measure.endedAt.beforeStart");
		problems.addIf(when.isAfter(clock.instant().plus(CLOCK_TOLERANCE)), "submittedAt", "validation.notFuture");
		problems.throwIfAny();
		if (measure.getType() != MeasureType.CRIMINAL_DETENTION) {
			throw new ConflictException("measure.arrestRequest.notDetention");
		}
		if (measure.getArrestRequestSubmittedAt() != null) {
			throw new ConflictException("measure.arrestRequest.alreadySubmitted");
		}
		if (approvals.needed(ApprovalAction.ARREST_REQUEST, lawCase).isPresent()) {
			Approvals.RequestSummary request = approvals.submit(lawCase, PendingAction.arrestRequest(caseId, measureId, at,
					officer.officerId(), clock.instant()), lawCase.getTitle(), officer);
			return new MeasureOutcome(measure, request);
		}
		submitArrestRequest(lawCase, measure, when, officer.officerId(), null);
		return new MeasureOutcome(measure, null);
	}

	void applyApprovedArrestRequest(PendingAction action, Instant grantedAt) {
		LawCase lawCase = cases.findById(action.getCaseId()).orElseThrow();
		CompulsoryMeasure measure = measures.findById(action.getMeasureId()).orElseThrow();
		submitArrestRequest(lawCase, measure, action.getEffectiveAt() == null ? grantedAt : action.getEffectiveAt(),
				action.getRequestedBy(), action.getId());
	}

	private void submitArrestRequest(LawCase lawCase, CompulsoryMeasure measure, Instant when, long actorId,
			Long appliedActionId) {
		approvals.lockBeforeChange(lawCase);
		measure.arrestRequestSubmitted(when);
		lawCase.touch(clock.instant());
		timeline.record(lawCase, "ARREST_REQUEST_SUBMITTED", actorId, when, null, null);
		deadlines.onArrestRequestSubmitted(lawCase, measure);
		// An extension of the arrest-request deadline it has just met is moot now.
		approvals.withdrawMoot(lawCase, actorId, appliedActionId);
		events.publishEvent(AuditEvent.success("ARREST_REQUEST_SUBMITTED", "CASE", lawCase.getId(),
				"measure " + measure.getId()));
	}

	/** What became of a measure request: done, or waiting for approval (then {@code measure} may be null). */
	public record MeasureOutcome(CompulsoryMeasure measure, Approvals.RequestSummary approval) {

		public boolean awaitingApproval() {
			return approval != null;
		}
	}

	@Transactional(readOnly = true)
	public List<CompulsoryMeasure> of(long caseId, SignedInOfficer officer) {
		access.visible(caseId, officer);
		return measures.findByCaseIdOrderByIdAsc(caseId);
	}

	private LawCase workable(long caseId, SignedInOfficer officer) {
		LawCase lawCase = access.forChange(caseId, officer);
		if (!permissions.mayWorkOn(lawCase, officer)) {
			throw new ForbiddenException("case.work.forbidden");
		}
		permissions.requireQualified(officer);
		return lawCase;
	}

	private CompulsoryMeasure measure(long caseId, long measureId, long expectedVersion) {
		CompulsoryMeasure measure = measures.findByIdAndCaseId(measureId, caseId)
			.orElseThrow(() -> new NotFoundException("measure.notFound", measureId));
		if (measure.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(Label.of(measure.getType()));
		}
		return measure;
	}
}
