package org.gongzheng.supervision.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.supervision.rules.Severity;

/**
 * Reads alerts within the reader's data scope: their unit subtree (the bureau for the legal
 * department and leaders), plus alerts raised against them or assigned to them.
 */
@Service
public class AlertQueries {

	static final String COLUMNS = """
			a.id, a.rule_code, a.subject_key, a.case_id, a.unit_id, a.unit_path, a.officer_id, a.severity, a.reason,
			a.details::text AS details, a.status, a.raised_at, a.due_at, a.last_seen_at, a.condition_cleared_at,
			a.assigned_to, a.assigned_at, a.escalation_level, a.escalated_at, a.closed_at, a.closed_by, a.version""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Organization organization;

	private final Clock clock;

	AlertQueries(NamedParameterJdbcTemplate jdbc, ObjectMapper json, Organization organization, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.organization = organization;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Alert> search(AlertFilter filter, Pageable pageable, SignedInOfficer reader) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		StringBuilder where = new StringBuilder(visibleTo(reader, parameters));
		if (filter.rule() != null && !filter.rule().isBlank()) {
			where.append(" AND a.rule_code = :rule");
			parameters.addValue("rule", filter.rule());
		}
		if (filter.status() != null) {
			where.append(" AND a.status = :status");
			parameters.addValue("status", filter.status().name());
		}
		else if (filter.open() != null) {
			where.append(filter.open() ? " AND a.status <> 'CLOSED'" : " AND a.status = 'CLOSED'");
		}
		if (filter.severity() != null) {
			where.append(" AND a.severity = :severity");
			parameters.addValue("severity", filter.severity().name());
		}
		if (filter.unitId() != null) {
			String path = organization.unit(filter.unitId()).map(UnitSummary::path).orElse("/none/");
			where.append(" AND a.unit_path LIKE :unitPattern");
			parameters.addValue("unitPattern", path + "%");
		}
		if (filter.olderThanDays() != null) {
			where.append(" AND a.raised_at < :raisedBefore");
			parameters.addValue("raisedBefore",
					now().minusDays(Math.min(Math.max(0, filter.olderThanDays()), AlertFilter.OLDER_THAN_DAYS_MAX)));
		}
		if (Boolean.TRUE.equals(filter.escalated())) {
			where.append(" AND a.escalation_level > 0");
		}
		if (filter.caseId() != null) {
			where.append(" AND a.case_id = :caseId");
			parameters.addValue("caseId", filter.caseId());
		}
		return page("FROM supervision_alerts a WHERE " + where, "a.raised_at DESC, a.id DESC", parameters, pageable);
	}

	/** Open alerts assigned to the officer for rectification, soonest due first. */
	@Transactional(readOnly = true)
	public Page<Alert> assignedTo(long officerId, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("officerId", officerId);
		return page("FROM supervision_alerts a WHERE a.assigned_to = :officerId AND a.status <> 'CLOSED'",
				"a.due_at, a.id", parameters, pageable);
	}

	/**
	 * Open alerts escalated to the reader: level 1 to the leaders of the unit (reviewers of the
	 * unit's subtree, bureau leaders), level 2 to the legal department of the bureau.
	 */
	@Transactional(readOnly = true)
	public Page<Alert> escalatedTo(SignedInOfficer reader, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		List<String> levels = new ArrayList<>();
		if (reader.has(Role.REVIEWER)) {
			levels.add("(a.escalation_level = 1 AND a.unit_path LIKE :ownUnit)");
			parameters.addValue("ownUnit", reader.unitPath() + "%");
		}
		if (reader.has(Role.LEADER)) {
			levels.add("(a.escalation_level >= 1 AND a.unit_path LIKE :bureau)");
		}
		if (reader.has(Role.LEGAL)) {
			levels.add("(a.escalation_level = 2 AND a.unit_path LIKE :bureau)");
		}
		if (levels.isEmpty()) {
			return Page.empty(pageable);
		}
		parameters.addValue("bureau", reader.bureauPath() + "%");
		return page("FROM supervision_alerts a WHERE a.status IN ('RAISED', 'ASSIGNED', 'REOPENED') AND ("
				+ String.join(" OR ", levels) + ")", "a.due_at, a.id", parameters, pageable);
	}

	/** The alert, if the reader may see it; otherwise 404, never revealing that it exists. */
	@Transactional(readOnly = true)
	public Alert visible(long id, SignedInOfficer reader) {
		Alert alert = find(id).orElseThrow(() -> new NotFoundException("supervision.alert.notFound", id));
		if (!canSee(alert, reader)) {
			throw new NotFoundException("supervision.alert.notFound", id);
		}
		return alert;
	}

	public static boolean canSee(Alert alert, SignedInOfficer reader) {
		return reader.scope().includes(alert.unitPath())
				|| (alert.assignedTo() != null && alert.assignedTo() == reader.officerId())
				|| (alert.officerId() != null && alert.officerId() == reader.officerId());
	}

	@Transactional(readOnly = true)
	public Optional<Alert> find(long id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM supervision_alerts a WHERE a.id = :id",
				new MapSqlParameterSource("id", id), this::alert).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<AlertEvent> events(long alertId) {
		return jdbc.query("SELECT id, kind, actor_id, note, at FROM supervision_alert_events WHERE alert_id = :id ORDER BY at, id",
				new MapSqlParameterSource("id", alertId),
				(rs, row) -> new AlertEvent(rs.getLong("id"), rs.getString("kind"), nullableLong(rs, "actor_id"),
						rs.getString("note"), instant(rs, "at")));
	}

	@Transactional(readOnly = true)
	public List<Rectification> rectifications(long alertId) {
		return jdbc.query("""
				SELECT id, round, explanation, evidence, evidence_sha256, submitted_by, submitted_at, verdict, verdict_note,
				       verified_by, verified_at, evidence_file_name, evidence_content_type, evidence_size
				FROM supervision_rectifications WHERE alert_id = :id ORDER BY round""", new MapSqlParameterSource("id", alertId),
				(rs, row) -> new Rectification(rs.getLong("id"), rs.getInt("round"), rs.getString("explanation"),
						rs.getString("evidence"), rs.getString("evidence_sha256"), rs.getLong("submitted_by"),
						instant(rs, "submitted_at"), rs.getString("verdict"), rs.getString("verdict_note"),
						nullableLong(rs, "verified_by"), instant(rs, "verified_at"), rs.getString("evidence_file_name"),
						rs.getString("evidence_content_type"), nullableLong(rs, "evidence_size")));
	}

	/** Where the reader's data scope starts, as a SQL condition on alias {@code a}. */
	static String visibleTo(SignedInOfficer reader, MapSqlParameterSource parameters) {
		parameters.addValue("scopePattern", reader.scope().likePattern());
		parameters.addValue("reader", reader.officerId());
		return "(a.unit_path LIKE :scopePattern OR a.assigned_to = :reader OR a.officer_id = :reader)";
	}

	private Page<Alert> page(String from, String order, MapSqlParameterSource parameters, Pageable pageable) {
		Long total = jdbc.queryForObject("SELECT count(*) " + from, parameters, Long.class);
		parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<Alert> content = jdbc.query("SELECT " + COLUMNS + " " + from + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset", parameters, this::alert);
		return new PageImpl<>(content, pageable, total == null ? 0 : total);
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	Alert alert(ResultSet rs, int row) throws SQLException {
		return new Alert(rs.getLong("id"), rs.getString("rule_code"), rs.getString("subject_key"), nullableLong(rs, "case_id"),
				rs.getLong("unit_id"), rs.getString("unit_path"), nullableLong(rs, "officer_id"),
				Severity.valueOf(rs.getString("severity")), rs.getString("reason"), details(rs.getString("details")),
				AlertStatus.valueOf(rs.getString("status")), instant(rs, "raised_at"), instant(rs, "due_at"),
				instant(rs, "last_seen_at"), instant(rs, "condition_cleared_at"), nullableLong(rs, "assigned_to"),
				instant(rs, "assigned_at"), rs.getInt("escalation_level"), instant(rs, "escalated_at"),
				instant(rs, "closed_at"), nullableLong(rs, "closed_by"), rs.getLong("version"));
	}

	private Map<String, Object> details(String text) {
		return text == null ? Map.of() : json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
