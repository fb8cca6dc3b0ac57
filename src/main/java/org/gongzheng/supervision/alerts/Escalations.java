package org.gongzheng.supervision.alerts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.shared.AuditEvent;
import org.gongzheng.supervision.SupervisionProperties;

/**
 * Overdue rectifications climb: past its due date an alert still waiting for the officer goes to
 * the unit's leaders (level 1); if it is still waiting {@code legalAfter} later, to the legal
 * department (level 2). Set-based and idempotent: each alert moves up once per level.
 */
@Service
public class Escalations {

	private final NamedParameterJdbcTemplate jdbc;

	private final SupervisionProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Escalations(NamedParameterJdbcTemplate jdbc, SupervisionProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Escalates what is due; returns how many alerts moved up a level. */
	@Transactional
	public int escalate() {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		MapSqlParameterSource parameters = new MapSqlParameterSource("now", now)
			.addValue("legalBefore", now.minus(properties.legalAfter()));
		int toLeader = escalate("""
				a.escalation_level = 0 AND a.due_at < :now""", 1, "LEADER", parameters);
		int toLegal = escalate("""
				a.escalation_level = 1 AND a.escalated_at < :legalBefore""", 2, "LEGAL", parameters);
		if (toLeader + toLegal > 0) {
			events.publishEvent(AuditEvent.success("SUPERVISION_ESCALATE", "SUPERVISION_ALERT", null,
					"toLeader=%d toLegal=%d".formatted(toLeader, toLegal)));
		}
		return toLeader + toLegal;
	}

	private int escalate(String condition, int level, String note, MapSqlParameterSource parameters) {
		return jdbc.queryForObject("""
				WITH escalated AS (
				    UPDATE supervision_alerts a SET escalation_level = %d, escalated_at = :now, version = a.version + 1
				    WHERE a.status IN ('RAISED', 'ASSIGNED', 'REOPENED') AND %s
				    RETURNING a.id
				), history AS (
				    INSERT INTO supervision_alert_events (alert_id, kind, note, at)
				    SELECT id, 'ESCALATED', '%s', :now FROM escalated
				)
				SELECT count(*)::int FROM escalated""".formatted(level, condition, note), parameters, Integer.class);
	}
}
