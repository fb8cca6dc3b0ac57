package org.gongzheng.supervision.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.supervision.rules.Rules;

/**
 * An alert's rectification: the legal department or a leader of the bureau assigns it, the
 * assigned officer explains what was put right, the legal department accepts (closing it) or
 * rejects (reopening it for another round). Every step checks the version the user saw, writes
 * the alert's history and the audit log in one transaction.
 */
@Service
public class AlertWorkflow {

	private final AlertQueries queries;

	private final JdbcTemplate jdbc;

	private final Organization organization;

	private final Rules rules;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlertWorkflow(AlertQueries queries, JdbcTemplate jdbc, Organization organization, Rules rules, Validator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.organization = organization;
		this.rules = rules;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	public static boolean mayAssign(Alert alert, SignedInOfficer user) {
		return user.hasAny(Role.LEGAL, Role.LEADER) && user.scope().includes(alert.unitPath())
				&& (alert.status() == AlertStatus.RAISED || alert.status() == AlertStatus.ASSIGNED
						|| alert.status() == AlertStatus.REOPENED);
	}

	public static boolean mayRectify(Alert alert, SignedInOfficer user) {
		return alert.assignedTo() != null && alert.assignedTo() == user.officerId()
				&& (alert.status() == AlertStatus.ASSIGNED || alert.status() == AlertStatus.REOPENED);
	}

	public static boolean mayVerify(Alert alert, SignedInOfficer user) {
		return user.has(Role.LEGAL) && user.scope().includes(alert.unitPath())
				&& alert.status() == AlertStatus.RECTIFICATION_SUBMITTED;
	}

	@Transactional
	public Alert assign(long alertId, AlertCommands.Assign command, SignedInOfficer user) {
		validate(command);
		Alert alert = queries.visible(alertId, user);
		if (!mayAssign(alert, user)) {
			throw refusal(alert, user.hasAny(Role.LEGAL, Role.LEADER));
		}
		Long assigneeId = command.assigneeId() != null ? command.assigneeId() : alert.officerId();
		if (assigneeId == null) {
			throw InvalidInputException.of("assigneeId", "validation.required");
		}
		OfficerSummary assignee = organization.officer(assigneeId).orElse(null);
		// The assignee reads the alert (case number, property, handler) by being assigned to it, so
		// he must work where the alert belongs; the assigner's wider scope would let the alert reach
		// an officer who may not see the case itself.
		if (assignee == null || !assignee.active() || !user.scope().includes(assignee.unitPath())
				|| !new DataScope(alert.unitPath()).includes(assignee.unitPath())) {
			throw InvalidInputException.of("assigneeId", "supervision.assign.outOfScope");
		}
		Instant now = clock.instant();
		changed(jdbc.update("""
				UPDATE supervision_alerts SET status = CASE WHEN status = 'REOPENED' THEN 'REOPENED' ELSE 'ASSIGNED' END,
				       assigned_to = ?, assigned_at = ?, version = version + 1
				WHERE id = ? AND version = ?""", assigneeId, Timestamp.from(now), alertId, command.version()), alert);
		record(alertId, "ASSIGNED", user, assignee.label(), now);
		audit("SUPERVISION_ALERT_ASSIGN", alertId, "rule=%s assignee=%d".formatted(alert.ruleCode(), assigneeId));
		return queries.find(alertId).orElseThrow();
	}

	@Transactional
	public Alert rectify(long alertId, AlertCommands.Rectify command, SignedInOfficer user) {
		return rectify(alertId, command, null, user);
	}

	/** The rectification with a file the officer uploaded (already stored by content). */
	@Transactional
	public Alert rectify(long alertId, AlertCommands.Rectify command, EvidenceFiles.Stored file, SignedInOfficer user) {
		validate(command);
		Alert alert = queries.visible(alertId, user);
		if (!mayRectify(alert, user)) {
			throw refusal(alert, alert.assignedTo() != null && alert.assignedTo() == user.officerId());
		}
		Instant now = clock.instant();
		changed(jdbc.update("""
				UPDATE supervision_alerts SET status = 'RECTIFICATION_SUBMITTED', version = version + 1
				WHERE id = ? AND version = ?""", alertId, command.version()), alert);
		String evidence = command.evidence() == null || command.evidence().isBlank() ? null : command.evidence().strip();
		jdbc.update("""
				INSERT INTO supervision_rectifications (alert_id, round, explanation, evidence, evidence_sha256, submitted_by,
				                                        submitted_at, evidence_file_name, evidence_content_type, evidence_size)
				SELECT ?, COALESCE(max(round), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? FROM supervision_rectifications WHERE alert_id = ?""",
				alertId, command.explanation().strip(), evidence, file != null ? file.sha256() : null, user.officerId(),
				Timestamp.from(now), file == null ? null : file.fileName(), file == null ? null : file.contentType(),
				file == null ? null : file.size(), alertId);
		record(alertId, "RECTIFICATION_SUBMITTED", user, null, now);
		audit("SUPERVISION_ALERT_RECTIFY", alertId, "rule=%s".formatted(alert.ruleCode()));
		return queries.find(alertId).orElseThrow();
	}

	/** Accepts the latest rectification and closes the alert. */
	@Transactional
	public Alert verify(long alertId, AlertCommands.Verify command, SignedInOfficer user) {
		validate(command);
		Alert alert = queries.visible(alertId, user);
		if (!mayVerify(alert, user)) {
			throw refusal(alert, user.has(Role.LEGAL));
		}
		Instant now = clock.instant();
		changed(jdbc.update("""
				UPDATE supervision_alerts SET status = 'CLOSED', closed_at = ?, closed_by = ?, version = version + 1
				WHERE id = ? AND version = ?""", Timestamp.from(now), user.officerId(), alertId, command.version()), alert);
		String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
		judgeLatest(alertId, "ACCEPTED", note, user, now);
		record(alertId, "VERIFIED", user, note, now);
		audit("SUPERVISION_ALERT_VERIFY", alertId, "rule=%s accepted".formatted(alert.ruleCode()));
		return queries.find(alertId).orElseThrow();
	}

	/** Rejects the latest rectification: the officer rectifies again by a new due date. */
	@Transactional
	public Alert reopen(long alertId, AlertCommands.Reopen command, SignedInOfficer user) {
		validate(command);
		Alert alert = queries.visible(alertId, user);
		if (!mayVerify(alert, user)) {
			throw refusal(alert, user.has(Role.LEGAL));
		}
		Instant now = clock.instant();
		int days = rules.find(alert.ruleCode()).map(r -> r.rectificationDays()).orElse(7);
		changed(jdbc.update("""
				UPDATE supervision_alerts SET status = 'REOPENED', due_at = ?, version = version + 1
				WHERE id = ? AND version = ?""", Timestamp.from(now.plus(days, ChronoUnit.DAYS)), alertId,
				command.version()), alert);
		judgeLatest(alertId, "REJECTED", command.reason().strip(), user, now);
		record(alertId, "REOPENED", user, command.reason().strip(), now);
		audit("SUPERVISION_ALERT_REOPEN", alertId, "rule=%s rejected".formatted(alert.ruleCode()));
		return queries.find(alertId).orElseThrow();
	}

	private void judgeLatest(long alertId, String verdict, String note, SignedInOfficer user, Instant now) {
		jdbc.update("""
				UPDATE supervision_rectifications SET verdict = ?, verdict_note = ?, verified_by = ?, verified_at = ?
				WHERE alert_id = ? AND round = (SELECT max(round) FROM supervision_rectifications WHERE alert_id = ?)""",
				verdict, note, user.officerId(), Timestamp.from(now), alertId, alertId);
	}

	private void record(long alertId, String kind, SignedInOfficer user, String note, Instant now) {
		jdbc.update("INSERT INTO supervision_alert_events (alert_id, kind, actor_id, note, at) VALUES (?, ?, ?, ?, ?)", alertId,
				kind, user.officerId(), note, Timestamp.from(now));
	}

	private void audit(String action, long alertId, String details) {
		events.publishEvent(AuditEvent.success(action, "SUPERVISION_ALERT", alertId, details));
	}

	/** A form from an older version, or a state that moved on since: 409; otherwise not allowed: 403. */
	private static RuntimeException refusal(Alert alert, boolean entitledInPrinciple) {
		return entitledInPrinciple
				? new ConflictException("supervision.alert.statusNotAllowed", Label.of(alert.status()))
				: new ForbiddenException("supervision.alert.notYours");
	}

	private static void changed(int rows, Alert alert) {
		if (rows == 0) {
			throw ConflictException.staleVersion("#" + alert.id());
		}
	}

	/** Checks a rectification's fields alone, before anything that comes with it is stored. */
	void check(AlertCommands.Rectify command) {
		validate(command);
	}

	private <T> void validate(T command) {
		FieldProblems problems = new FieldProblems();
		for (ConstraintViolation<T> violation : validator.validate(command)) {
			problems.add(violation.getPropertyPath().toString(), violation.getMessage());
		}
		problems.throwIfAny();
	}

}
