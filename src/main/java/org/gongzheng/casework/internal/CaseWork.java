package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.CaseRegistered;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseTransition.Requirement;
import org.gongzheng.casework.CaseTransitioned;
import org.gongzheng.casework.DecisionKind;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Registers intakes and moves cases through their transitions. Each change writes its timeline
 * entry, starts or stops deadlines, and publishes its audit record and domain event in the same
 * transaction.
 */
@Service
@Transactional
public class CaseWork {

	/** How far ahead of the server clock a user's "effective at" may be (clock skew on devices). */
	private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

	/**
	 * How far back a report or an incident may lie, as a check on what was typed (a year 1901 is a
	 * slip, and it would number the case in that year): no limitation period runs longer than
	 * twenty years (Criminal Law art. 87), so nothing older can be handled as a case today.
	 */
	private static final Period FURTHEST_BACK = Period.ofYears(20);

	/**
	 * The longest reason or note typed beside a step (ending a measure, extending a deadline,
	 * disposing of property): as long as an approval opinion, since such a reason becomes the
	 * summary its signers read.
	 */
	static final int MAX_STEP_NOTE = 2000;

	private final LawCaseRepository cases;

	private final CaseAccess access;

	private final CasePermissions permissions;

	private final CaseNumbers numbers;

	private final Deadlines deadlines;

	private final Timeline timeline;

	private final Organization organization;

	private final CaseApprovals approvals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseWork(LawCaseRepository cases, CaseAccess access, CasePermissions permissions, CaseNumbers numbers,
			Deadlines deadlines, Timeline timeline, Organization organization, CaseApprovals approvals,
			ApplicationEventPublisher events, Clock clock) {
		this.approvals = approvals;
		this.cases = cases;
		this.access = access;
		this.permissions = permissions;
		this.numbers = numbers;
		this.deadlines = deadlines;
		this.timeline = timeline;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	private static Instant furthestBack(Instant from) {
		return from.atZone(ZoneOffset.UTC).minus(FURTHEST_BACK).toInstant();
	}

	/**
	 * Registers an intake 接报. An officer without a valid qualification may do this too: taking down
	 * a report at the front desk or from the 110 dispatch is recording that it came in, not
	 * handling a case, and refusing it would leave the report off the books, the very "received but
	 * not filed" the intake register exists to expose. Everything after it is handling and needs the
	 * qualification: accepting it, and adding parties, materials, measures or property (see
	 * {@link CasePermissions#requireQualified}); a handler named here must hold one as well.
	 */
	public LawCase register(IntakeCommand command, SignedInOfficer officer) {
		return register(command, officer, null, null);
	}

	/**
	 * {@code formKey}: the key of the intake form, or of the API request, it was sent with, if any;
	 * {@code digest}: what was sent with the key (see {@link Intakes}).
	 */
	LawCase register(IntakeCommand command, SignedInOfficer officer, String formKey, String digest) {
		if (!officer.hasAny(Role.OFFICER, Role.REVIEWER, Role.LEADER)) {
			throw new ForbiddenException("case.register.forbidden");
		}
		Instant now = clock.instant();
		Instant reportedAt = command.reportedAt() == null ? now : command.reportedAt();
		FieldProblems problems = new FieldProblems();
		problems.addIf(reportedAt.isAfter(now.plus(CLOCK_TOLERANCE)), "reportedAt", "validation.notFuture");
		problems.addIf(reportedAt.isBefore(furthestBack(now)), "reportedAt", "case.reportedAt.tooEarly");
		problems.addIf(command.occurredAt() != null && command.occurredAt().isAfter(reportedAt.plus(CLOCK_TOLERANCE)),
				"occurredAt", "case.occurredAt.afterReport");
		problems.addIf(command.occurredAt() != null && command.occurredAt().isBefore(furthestBack(reportedAt)),
				"occurredAt", "case.occurredAt.tooEarly");
		if (command.handlerId() != null) {
			checkHandler("handlerId", command.handlerId(), officer, problems);
		}
		problems.throwIfAny();

		UnitSummary unit = organization.unit(officer.unitId()).orElseThrow();
		int year = reportedAt.atZone(java.time.ZoneId.of(unit.zoneId())).getYear();
		String number = numbers.next(unit.id(), unit.code(), year);
		Intake intake = new Intake(command.title().strip(), command.summary().strip(), command.reportSource(),
				blankToNull(command.reporterName()), blankToNull(command.reporterPhone()), command.occurredAt(),
				blankToNull(command.occurredPlace()), reportedAt, command.handlerId());
		LawCase lawCase = new LawCase(number, command.type(), intake, unit.id(), unit.path(), officer.officerId(), now);
		lawCase.sentWith(formKey, digest);
		lawCase = cases.save(lawCase);
		timeline.record(lawCase, "REGISTERED", null, CaseState.REGISTERED, officer.officerId(), reportedAt, null, null);
		events.publishEvent(AuditEvent.success("CASE_REGISTERED", "CASE", lawCase.getId(), number));
		events.publishEvent(new CaseRegistered(lawCase.getId(), number, lawCase.getType(), unit.id(),
				officer.officerId(), reportedAt));
		return lawCase;
	}

	/** Whether taking the transition now waits for approval: a chain for it is in force in the case's bureau. */
	public boolean waitsForApproval(LawCase lawCase, CaseTransition transition) {
		return approvals.neededFor(transition, lawCase).isPresent();
	}

	/**
	 * Takes a transition, or, when a chain for it is in force, submits it for approval: then the
	 * case does not change until the last link signs.
	 */
	public TransitionOutcome transition(long caseId, TransitionCommand command, SignedInOfficer officer) {
		return transition(caseId, command, officer, false);
	}

	/**
	 * As {@link #transition(long, TransitionCommand, SignedInOfficer)}; {@code recordingHistory} lets
	 * demo data record past penalties as text, which officers cannot.
	 */
	TransitionOutcome transition(long caseId, TransitionCommand command, SignedInOfficer officer,
			boolean recordingHistory) {
		LawCase lawCase = access.atVersion(caseId, command.version(), officer);
		CaseTransition transition = command.transition();
		if (!transition.allowedFrom(lawCase.getState())) {
			throw new ConflictException("case.transition.notAllowed", Label.of(transition),
					Label.of(lawCase.getState()));
		}
		if (!permissions.mayTake(lawCase, transition, officer)) {
			events.publishEvent(AuditEvent.denied("CASE_TRANSITION", "CASE", caseId, transition.name()));
			throw new ForbiddenException("case.transition.forbidden");
		}
		permissions.requireQualified(officer);
		Instant now = clock.instant();
		Instant effectiveAt = command.effectiveAt() == null ? now : command.effectiveAt();
		FieldProblems problems = new FieldProblems();
		problems.addIf(effectiveAt.isAfter(now.plus(CLOCK_TOLERANCE)), "effectiveAt", "validation.notFuture");
		problems.addIf(effectiveAt.isBefore(lawCase.lastStateChangeAt()), "effectiveAt", "case.effectiveAt.beforePrevious");
		String reason = blankToNull(command.reason());
		if (transition.requires(Requirement.REASON) || transition.requires(Requirement.DECISION)) {
			problems.addIf(reason == null, "reason", "validation.required");
		}
		if (transition.requires(Requirement.DECISION)) {
			problems.addIf(command.decisionKind() == null, "decisionKind", "validation.required");
			// A penalty is decided through the discretion standard and procedure rules, not as free text.
			problems.addIf(command.decisionKind() == DecisionKind.ADMINISTRATIVE_PENALTY && !recordingHistory,
					"decisionKind", "case.decision.penaltyThroughDiscretion");
			problems.addIf(command.decisionKind() != null && !command.decisionKind().appliesTo(lawCase.getType()),
					"decisionKind", "case.decisionKind.wrongType");
		}
		Long handlerId = null;
		Long coHandlerId = null;
		if (transition.requires(Requirement.HANDLERS)) {
			handlerId = command.handlerId() != null ? command.handlerId()
					: lawCase.getHandlerId() != null ? lawCase.getHandlerId() : Long.valueOf(officer.officerId());
			coHandlerId = command.coHandlerId();
			checkHandler("handlerId", handlerId, officer, problems);
			if (coHandlerId != null) {
				problems.addIf(coHandlerId.equals(handlerId), "coHandlerId", "case.coHandler.same");
				checkHandler("coHandlerId", coHandlerId, officer, problems);
			}
		}
		problems.throwIfAny();

		TransitionDetails details = new TransitionDetails(reason, handlerId, coHandlerId, command.decisionKind());
		Optional<ApprovalAction> approval = approvals.neededFor(transition, lawCase);
		if (approval.isPresent()) {
			PendingAction action = PendingAction.transition(lawCase.getId(), approval.get(), transition, details,
					command.effectiveAt(), officer.officerId(), now);
			String summary = reason != null ? reason : lawCase.getTitle();
			Approvals.RequestSummary request = approvals.submit(lawCase, action, summary, officer);
			events.publishEvent(AuditEvent.success("CASE_TRANSITION_REQUESTED", "CASE", lawCase.getId(),
					lawCase.getCaseNumber() + " " + transition + " approval " + request.id()));
			return new TransitionOutcome(lawCase, request);
		}
		apply(lawCase, transition, details, effectiveAt, officer.officerId(), null);
		return new TransitionOutcome(lawCase, null);
	}

	/**
	 * Carries out a transition whose approval the last link has just granted, in the signing
	 * transaction, as the officer who asked for it. Unless they named a time, it takes effect now.
	 */
	void applyApproved(PendingAction action) {
		LawCase lawCase = cases.findById(action.getCaseId()).orElseThrow();
		if (!action.getTransition().allowedFrom(lawCase.getState())) {
			throw new ConflictException("case.transition.notAllowed", Label.of(action.getTransition()),
					Label.of(lawCase.getState()));
		}
		Instant effectiveAt = action.getEffectiveAt() == null ? clock.instant() : action.getEffectiveAt();
		apply(lawCase, action.getTransition(), action.details(), effectiveAt, action.getRequestedBy(), action.getId());
	}

	/** {@code appliedActionId}: the kept action this carries out, when its approval was just granted. */
	private void apply(LawCase lawCase, CaseTransition transition, TransitionDetails details, Instant effectiveAt,
			long actorId, Long appliedActionId) {
		approvals.lockBeforeChange(lawCase);
		CaseState from = lawCase.apply(transition, details, effectiveAt, clock.instant());
		timeline.record(lawCase, transition.name(), from, lawCase.getState(), actorId, effectiveAt, null, details.reason());
		deadlines.onTransition(lawCase, transition, effectiveAt);
		cases.flush();
		if (lawCase.getState().terminal()) {
			approvals.withdrawOpenOnEnded(lawCase, actorId);
		}
		else {
			approvals.withdrawMoot(lawCase, actorId, appliedActionId);
		}
		events.publishEvent(AuditEvent.success("CASE_TRANSITION", "CASE", lawCase.getId(),
				lawCase.getCaseNumber() + " " + transition + " " + from + "→" + lawCase.getState()));
		events.publishEvent(new CaseTransitioned(lawCase.getId(), lawCase.getCaseNumber(), lawCase.getUnitId(),
				transition, from, lawCase.getState(), actorId, effectiveAt, lawCase.getVersion()));
	}

	/**
	 * The DECIDE transition for a decision another module issued (see
	 * {@link org.gongzheng.casework.Cases#recordDecision}); that module has checked who may decide.
	 */
	public boolean recordDecision(long caseId, DecisionKind kind, String summary, Instant decidedAt, long officerId) {
		LawCase lawCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case.notFound", caseId));
		if (!CaseTransition.DECIDE.allowedFrom(lawCase.getState())) {
			return false;
		}
		if (!kind.appliesTo(lawCase.getType())) {
			throw new IllegalArgumentException(kind + " does not apply to " + lawCase.getType() + " cases");
		}
		Instant effectiveAt = decidedAt == null || decidedAt.isBefore(lawCase.lastStateChangeAt()) ? clock.instant()
				: decidedAt;
		apply(lawCase, CaseTransition.DECIDE, new TransitionDetails(summary, null, null, kind), effectiveAt, officerId,
				null);
		return true;
	}

	/** A handler must be an active, qualified officer inside the acting officer's scope. */
	private void checkHandler(String field, long officerId, SignedInOfficer actor, FieldProblems problems) {
		OfficerSummary handler = organization.officer(officerId).orElse(null);
		if (handler == null || !handler.active() || !actor.scope().includes(handler.unitPath())) {
			problems.add(field, "case.handler.unknown");
		}
		else if (!permissions.qualified(officerId)) {
			problems.add(field, "case.handler.unqualified", handler.label(LocaleContextHolder.getLocale()));
		}
	}

	/** Whether typed text, as it will be stored (stripped), is longer than {@code max} characters. */
	static boolean tooLong(String value, int max) {
		return value != null && value.strip().length() > max;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
