package org.gongzheng.supervision.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;

/**
 * The supervision rules: their stored settings, the SQL that evaluates each, and the legal
 * department's edits (validated against each rule's parameter shapes, audited, optimistic).
 */
@Service
public class Rules {

	private static final String COLUMNS = "code, category, enabled, severity, parameters::text AS parameters, "
			+ "rectification_days, citation, citation_en, name_zh, name_en, description_zh, description_en, updated_at, "
			+ "updated_by, version";

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Map<String, String> sql;

	public Rules(JdbcTemplate jdbc, ObjectMapper json, Validator validator, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
		this.sql = loadSql();
	}

	@Transactional(readOnly = true)
	public List<Rule> all() {
		return jdbc.query("SELECT " + COLUMNS + " FROM supervision_rules ORDER BY category, code", this::rule);
	}

	@Transactional(readOnly = true)
	public List<Rule> enabled() {
		return jdbc.query("SELECT " + COLUMNS + " FROM supervision_rules WHERE enabled ORDER BY code", this::rule);
	}

	@Transactional(readOnly = true)
	public Optional<Rule> find(String code) {
		return jdbc.query("SELECT " + COLUMNS + " FROM supervision_rules WHERE code = ?", this::rule, code).stream()
			.findFirst();
	}

	public Rule get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("supervision.rule.notFound", code));
	}

	/** The SELECT that finds what the rule is about; every stored rule has one. */
	public String sql(String code) {
		String text = sql.get(code);
		if (text == null) {
			throw new IllegalStateException("No SQL for supervision rule " + code);
		}
		return text;
	}

	public Set<String> codesWithSql() {
		return sql.keySet();
	}

	@Transactional
	public Rule update(String code, RuleEdit edit, SignedInOfficer officer) {
		if (!officer.has(Role.LEGAL)) {
			throw new ForbiddenException("supervision.rule.legalOnly");
		}
		Rule current = get(code);
		FieldProblems problems = new FieldProblems();
		for (ConstraintViolation<RuleEdit> violation : validator.validate(edit)) {
			problems.add(violation.getPropertyPath().toString(), violation.getMessage());
		}
		Map<String, Object> parameters = checkParameters(code, edit.parameters(), problems);
		problems.throwIfAny();
		if (edit.version() != current.version()) {
			throw ConflictException.staleVersion(Label.of(current.nameZh(), current.nameEn()));
		}
		int updated = jdbc.update("""
				UPDATE supervision_rules SET enabled = ?, severity = ?, rectification_days = ?, parameters = CAST(? AS jsonb),
				       updated_at = ?, updated_by = ?, version = version + 1
				WHERE code = ? AND version = ?""", edit.enabled(), edit.severity().name(), edit.rectificationDays(),
				json.writeValueAsString(parameters), Timestamp.from(clock.instant()), officer.officerId(), code,
				edit.version());
		if (updated == 0) {
			throw ConflictException.staleVersion(Label.of(current.nameZh(), current.nameEn()));
		}
		events.publishEvent(AuditEvent.success("SUPERVISION_RULE_UPDATE", "SUPERVISION_RULE", code,
				"enabled=%s severity=%s days=%d parameters=%s (was enabled=%s severity=%s days=%d parameters=%s)".formatted(
						edit.enabled(), edit.severity(), edit.rectificationDays(), json.writeValueAsString(parameters),
						current.enabled(), current.severity(), current.rectificationDays(),
						json.writeValueAsString(current.parameters()))));
		return get(code);
	}

	/**
	 * Checks parameters against the rule's shapes. A message constraint problem (the field's
	 * message is already resolved text) is reported with the code as is.
	 */
	private Map<String, Object> checkParameters(String code, Map<String, Object> given, FieldProblems problems) {
		Map<String, Object> checked = new LinkedHashMap<>();
		if (given == null) {
			return checked;
		}
		List<ParameterSpec> specs = ParameterSpecs.of(code);
		Set<String> known = specs.stream().map(ParameterSpec::name).collect(Collectors.toSet());
		for (String name : given.keySet()) {
			if (!known.contains(name)) {
				problems.add("parameters." + name, "supervision.rule.param.unknown", name);
			}
		}
		for (ParameterSpec spec : specs) {
			Object value = spec.check(given.get(spec.name()), problems);
			if (value != null) {
				checked.put(spec.name(), value);
			}
		}
		return checked;
	}

	private Rule rule(ResultSet rs, int row) throws SQLException {
		Timestamp updatedAt = rs.getTimestamp("updated_at");
		Long updatedBy = rs.getObject("updated_by", Long.class);
		return new Rule(rs.getString("code"), rs.getString("category"), rs.getBoolean("enabled"),
				Severity.valueOf(rs.getString("severity")), parse(rs.getString("parameters")),
				rs.getInt("rectification_days"), rs.getString("citation"), rs.getString("citation_en"), rs.getString("name_zh"),
				rs.getString("name_en"), rs.getString("description_zh"), rs.getString("description_en"),
				updatedAt == null ? null : updatedAt.toInstant(), updatedBy, rs.getLong("version"));
	}

	private Map<String, Object> parse(String text) {
		return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	public String toJson(Object value) {
		return json.writeValueAsString(value);
	}

	private static Map<String, String> loadSql() {
		try {
			Map<String, String> loaded = new LinkedHashMap<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:supervision/rules/*.sql")) {
				String name = resource.getFilename();
				loaded.put(name.substring(0, name.length() - 4), resource.getContentAsString(StandardCharsets.UTF_8));
			}
			return Map.copyOf(loaded);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
