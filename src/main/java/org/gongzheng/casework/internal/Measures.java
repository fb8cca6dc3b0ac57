package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.casework.CaseState;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;

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

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Measures(MeasureRepository measures, PartyRepository parties, CaseAccess access, CasePermissions permissions,
			Deadlines deadlines, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.measures = measures;
		this.parties = parties;
		this.access = access;
		this.permissions = permissions;
		this.deadlines = deadlines;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	public CompulsoryMeasure start(long caseId, MeasureCommand command, SignedInOfficer officer) {
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
		problems.throwIfAny();
		CompulsoryMeasure measure = measures.save(new CompulsoryMeasure(caseId, party.getId(), command.type(),
				command.detentionMayApply(), startedAt, officer.officerId(), now));
		timeline.record(lawCase, "MEASURE_STARTED", officer.officerId(), startedAt, Label.code(command.type()), party.getName());
		deadlines.onMeasureStarted(lawCase, measure);
		events.publishEvent(AuditEvent.success("MEASURE_STARTED", "CASE", caseId,
				"measure " + measure.getId() + " " + command.type() + " party " + party.getId()));
		return measure;
	}

	public CompulsoryMeasure end(long caseId, long measureId, long expectedVersion, Instant endedAt, String reason,
			SignedInOfficer officer) {
		LawCase lawCase = workable(caseId, officer);
		CompulsoryMeasure measure = measure(caseId, measureId, expectedVersion);
		Instant at = endedAt == null ? clock.instant() : endedAt;
		FieldProblems problems = new FieldProblems();
		problems.addIf(reason == null || reason.isBlank(), "reason", "validation.required");
		problems.addIf(at.isBefore(measure.getStartedAt()), "endedAt", "measure.endedAt.beforeStart");
		problems.addIf(at.isAfter(clock.instant().plus(CLOCK_TOLERANCE)), "endedAt", "validation.notFuture");
		problems.throwIfAny();
		measure.end(at, reason.strip());
		timeline.record(lawCase, "MEASURE_ENDED", officer.officerId(), at, Label.code(measure.getType()), reason.strip());
		deadlines.onMeasureEnded(lawCase, measure);
		events.publishEvent(AuditEvent.success("MEASURE_ENDED", "CASE", caseId, "measure " + measureId));
		return measure;
	}

	/** Records that the arrest-approval request went to the procuratorate, which meets its deadline. */
	public CompulsoryMeasure arrestRequestSubmitted(long caseId, long measureId, long expectedVersion, Instant at,
			SignedInOfficer officer) {
		LawCase lawCase = workable(caseId, officer);
		CompulsoryMeasure measure = measure(caseId, measureId, expectedVersion);
		Instant when = at == null ? clock.instant() : at;
		FieldProblems problems = new FieldProblems();
		problems.addIf(when.isBefore(measure.getStartedAt()), "submittedAt", "measure.endedAt.beforeStart");
		problems.addIf(when.isAfter(clock.instant().plus(CLOCK_TOLERANCE)), "submittedAt", "validation.notFuture");
		problems.throwIfAny();
		measure.arrestRequestSubmitted(when);
		timeline.record(lawCase, "ARREST_REQUEST_SUBMITTED", officer.officerId(), when, null, null);
		deadlines.onArrestRequestSubmitted(lawCase, measure);
		events.publishEvent(AuditEvent.success("ARREST_REQUEST_SUBMITTED", "CASE", caseId, "measure " + measureId));
		return measure;
	}

	@Transactional(readOnly = true)
	public List<CompulsoryMeasure> of(long caseId, SignedInOfficer officer) {
		access.visible(caseId, officer);
		return measures.findByCaseIdOrderByIdAsc(caseId);
	}

	private LawCase workable(long caseId, SignedInOfficer officer) {
		LawCase lawCase = access.visible(caseId, officer);
		if (!permissions.mayWorkOn(lawCase, officer)) {
			throw new ForbiddenException("case.work.forbidden");
		}
		return lawCase;
	}

	private CompulsoryMeasure measure(long caseId, long measureId, long expectedVersion) {
		CompulsoryMeasure measure = measures.findByIdAndCaseId(measureId, caseId)
			.orElseThrow(() -> new NotFoundException("measure.notFound", measureId));
		if (measure.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(measure.getType().name());
		}
		return measure;
	}
}
