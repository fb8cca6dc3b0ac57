package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Starts, meets, cancels and extends statutory deadlines as the case and its measures move, and
 * keeps the case's next due time in step for lists.
 */
@Service
@Transactional
public class Deadlines {

	private final CaseDeadlineRepository deadlines;

	private final DeadlineRuleRepository rules;

	private final Organization organization;

	private final Timeline timeline;

	private final LawCaseRepository cases;

	private final CasePermissions permissions;

	private final CaseApprovals approvals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DefaultZone defaultZone;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	Deadlines(CaseDeadlineRepository deadlines, DeadlineRuleRepository rules, Organization organization,
			Timeline timeline, LawCaseRepository cases, CasePermissions permissions, CaseApprovals approvals,
			ApplicationEventPublisher events, Clock clock, DefaultZone defaultZone, EntityManager entityManager,
			JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.cases = cases;
		this.permissions = permissions;
		this.approvals = approvals;
		this.deadlines = deadlines;
		this.rules = rules;
		this.organization = organization;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
		this.defaultZone = defaultZone;
	}

	void onTransition(LawCase lawCase, CaseTransition transition, Instant at) {
		if (transition == CaseTransition.ACCEPT && lawCase.getType() == CaseType.ADMINISTRATIVE) {
			start(lawCase, DeadlineTrigger.ADMINISTRATIVE_ACCEPTANCE, null, at);
		}
		if (transition == CaseTransition.DECIDE) {
			deadlines.findByCaseIdAndClosedAtIsNull(lawCase.getId()).stream()
				.filter(d -> d.getMeasureId() == null)
				.forEach(d -> d.met(at));
		}
		if (lawCase.getState().terminal()) {
			deadlines.findByCaseIdAndClosedAtIsNull(lawCase.getId()).forEach(d -> d.cancel(at));
		}
		refresh(lawCase);
	}

	void onMeasureStarted(LawCase lawCase, CompulsoryMeasure measure) {
		switch (measure.getType()) {
			case SUMMONS -> start(lawCase, measure.isDetentionMayApply() ? DeadlineTrigger.SUMMONS_DETENTION_POSSIBLE
					: DeadlineTrigger.SUMMONS, measure.getId(), measure.getStartedAt());
			case CRIMINAL_DETENTION -> start(lawCase, DeadlineTrigger.CRIMINAL_DETENTION, measure.getId(),
					measure.getStartedAt());
			default -> {
				// Bail and residential surveillance have limits counted in months, tracked elsewhere.
			}
		}
		refresh(lawCase);
	}

	/** Questioning ends with the summons; a released or converted detention needs no arrest request. */
	void onMeasureEnded(LawCase lawCase, CompulsoryMeasure measure) {
		for (CaseDeadline deadline : deadlines.findByMeasureIdAndClosedAtIsNull(measure.getId())) {
			if (measure.getType() == MeasureType.SUMMONS) {
				deadline.met(measure.getEndedAt());
			}
			else {
				deadline.cancel(measure.getEndedAt());
			}
		}
		refresh(lawCase);
	}

	void onArrestRequestSubmitted(LawCase lawCase, CompulsoryMeasure measure) {
		deadlines.findByMeasureIdAndClosedAtIsNull(measure.getId())
			.forEach(d -> d.met(measure.getArrestRequestSubmittedAt()));
		refresh(lawCase);
	}

	/**
	 * Extends a deadline within what its rule allows, or (serious = true) moves an arrest-request
	 * deadline to the 30-day limit for roving, repeated or gang offences. Extensions need approval:
	 * with a chain in force the request goes through it and takes effect when granted; without
	 * one, reviewers and leaders approve by extending directly.
	 */
	public ExtensionOutcome extend(LawCase lawCase, long deadlineId, long expectedVersion, int amount, boolean serious,
			String reason, SignedInOfficer officer) {
		if (lawCase.getState().terminal()) {
			throw new ConflictException("case.terminal", lawCase.getCaseNumber());
		}
		CaseDeadline deadline = deadlines.findByIdAndCaseId(deadlineId, lawCase.getId())
			.orElseThrow(() -> new NotFoundException("deadline.notFound", deadlineId));
		if (deadline.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(rule(deadline.getRuleCode()).label());
		}
		// Asking for more time, or granting it, is handling the case.
		permissions.requireQualified(officer);
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "validation.required");
		}
		if (CaseWork.tooLong(reason, CaseWork.MAX_STEP_NOTE)) {
			throw InvalidInputException.of("reason", "validation.tooLong", CaseWork.MAX_STEP_NOTE);
		}
		InvalidInputException.requireStorable("reason", reason);
		DeadlineRule current = rules.findById(deadline.getRuleCode()).orElseThrow();
		if (serious) {
			if (current.getTrigger() != DeadlineTrigger.CRIMINAL_DETENTION
					|| rules.findByTriggerAndActiveTrue(DeadlineTrigger.CRIMINAL_DETENTION_SERIOUS).isEmpty()) {
				throw InvalidInputException.of("serious", "deadline.serious.notApplicable");
			}
			if (!deadline.open()) {
				throw new ConflictException("deadline.closed");
			}
		}
		else {
			deadline.checkExtension(amount);
		}
		Optional<ApprovalAction> approval = approvals.needed(ApprovalAction.DEADLINE_EXTENSION, lawCase);
		if (approval.isPresent()) {
			if (!permissions.mayWorkOn(lawCase, officer)) {
				throw new ForbiddenException("case.work.forbidden");
			}
			Approvals.RequestSummary request = approvals.submit(lawCase, PendingAction.extension(lawCase.getId(),
					deadlineId, amount, serious, reason.strip(), officer.officerId(), clock.instant()), reason.strip(), officer);
			return new ExtensionOutcome(deadline, request);
		}
		if (!officer.hasAny(Role.REVIEWER, Role.LEADER)) {
			throw new ForbiddenException("deadline.extension.forbidden");
		}
		apply(lawCase, deadline, amount, serious, reason.strip(), officer.officerId());
		return new ExtensionOutcome(deadline, null);
	}

	/** Carries out an extension its approval chain has granted; the last signer is recorded as approver. */
	void applyApprovedExtension(PendingAction action, long approverId) {
		LawCase lawCase = cases.findById(action.getCaseId()).orElseThrow();
		CaseDeadline deadline = deadlines.findByIdAndCaseId(action.getDeadlineId(), lawCase.getId()).orElseThrow();
		apply(lawCase, deadline, action.getExtensionAmount(), Boolean.TRUE.equals(action.getSerious()), action.getReason(),
				approverId);
	}

	private void apply(LawCase lawCase, CaseDeadline deadline, int amount, boolean serious, String reason, long officerId) {
		Instant now = clock.instant();
		ZoneId zone = zoneOf(lawCase);
		if (serious) {
			deadline.reclassify(rules.findByTriggerAndActiveTrue(DeadlineTrigger.CRIMINAL_DETENTION_SERIOUS).orElseThrow(),
					reason, officerId, now, zone);
		}
		else {
			deadline.extend(amount, reason, officerId, now, zone, rules.findById(deadline.getRuleCode()).orElseThrow());
		}
		timeline.record(lawCase, "DEADLINE_EXTENDED", officerId, now, Timeline.deadline(deadline.getRuleCode()),
				(serious ? "→ 30: " : "+" + amount + ": ") + reason);
		refresh(lawCase);
		events.publishEvent(AuditEvent.success("DEADLINE_EXTENDED", "CASE", lawCase.getId(),
				deadline.getRuleCode() + " due " + deadline.getDueAt()));
	}

	/** What became of an extension request: applied, or waiting for approval. */
	public record ExtensionOutcome(CaseDeadline deadline, Approvals.RequestSummary approval) {

		public boolean awaitingApproval() {
			return approval != null;
		}
	}

	@Transactional(readOnly = true)
	public DeadlineRule rule(String code) {
		return rules.findById(code).orElseThrow(() -> new NotFoundException("deadline.notFound", code));
	}

	@Transactional(readOnly = true)
	public List<CaseDeadline> of(long caseId) {
		return deadlines.findByCaseIdOrderByDueAtAsc(caseId);
	}

	private void start(LawCase lawCase, DeadlineTrigger trigger, Long measureId, Instant start) {
		rules.findByTriggerAndActiveTrue(trigger).ifPresent(rule -> {
			CaseDeadline deadline = deadlines.save(new CaseDeadline(lawCase.getId(), measureId, rule, start, zoneOf(lawCase)));
			timeline.record(lawCase, "DEADLINE_STARTED", null, start, Timeline.deadline(rule.getCode()), null);
		});
	}

	/**
	 * Recomputes the case's next deadline. The column is outside the case's version, so two
	 * transactions changing deadlines of one case at once are ordered by a lock on the case row
	 * instead: the second reads the deadlines only after the first has committed.
	 */
	private void refresh(LawCase lawCase) {
		// A plain row lock, not JPA's: JPA's also checks the version, and a case changed meanwhile
		// would then fail here with an exception no handler knows, instead of as a 409 at commit.
		jdbc.queryForObject("select id from cases where id = ? for no key update", Long.class, lawCase.getId());
		// The managed instance: the caller's may have been read outside this transaction.
		entityManager.find(LawCase.class, lawCase.getId())
			.deadlinesChanged(deadlines.nextDueAt(lawCase.getId()).orElse(null));
	}

	ZoneId zoneOf(LawCase lawCase) {
		return organization.unit(lawCase.getUnitId()).map(UnitSummary::zoneId).map(ZoneId::of)
			.orElse(defaultZone.zoneId());
	}
}
