package org.gongzheng.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.shared.AuditEvent;
import org.gongzheng.supervision.rules.Rule;
import org.gongzheng.supervision.rules.Rules;

/**
 * Evaluates the enabled supervision rules in set-based SQL. Each rule's SELECT (its file under
 * {@code supervision/rules/}) is wrapped into one upsert against the open-alert unique index: a
 * new subject raises an alert, a known one only has {@code last_seen_at} moved, so two runs make one
 * alert. Open alerts the run no longer finds had their condition go away: an untouched raised
 * alert closes itself, one somebody is working on stays open marked as cleared.
 *
 * <p>A run is one transaction holding a PostgreSQL advisory lock, so runs never overlap, whichever
 * application instance started them. Runs triggered by an event look only at the case (or on-site
 * decision) concerned; they skip rather than wait while a full run is busy.
 */
@Service
public class SupervisionEngine {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SupervisionEngine.class);

	/** Advisory lock key shared by every run ("supervision" in a long). */
	private static final long RUN_LOCK = 0x5355504552564953L;

	private final Rules rules;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupervisionEngine(Rules rules, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.clock = clock;
	}

	/** Evaluates every enabled rule over the whole database. */
	public RunSummary run(String trigger) {
		return transactions.execute(status -> {
			jdbc.getJdbcTemplate().queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, RUN_LOCK);
			return execute(trigger, Scope.ALL);
		});
	}

	/** Evaluates the enabled rules for one case, unless a full run is busy (it covers the case then). */
	public RunSummary runForCase(long caseId, String trigger) {
		return scoped(trigger, new Scope("case:" + caseId, "r.case_id = :scopeCaseId", "a.case_id = :scopeCaseId", caseId,
				null));
	}

	/** Evaluates the enabled rules for one on-site decision, unless a full run is busy. */
	public RunSummary runForOnSiteDecision(long decisionId, String trigger) {
		String subject = "onsite:" + decisionId;
		return scoped(trigger, new Scope(subject, "r.subject_key = :scopeSubject", "a.subject_key = :scopeSubject", null,
				subject));
	}

	private RunSummary scoped(String trigger, Scope scope) {
		return transactions.execute(status -> {
			Boolean locked = jdbc.getJdbcTemplate().queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class,
					RUN_LOCK);
			return Boolean.TRUE.equals(locked) ? execute(trigger, scope) : RunSummary.skipped();
		});
	}

	private RunSummary execute(String trigger, Scope scope) {
		Instant now = clock.instant();
		long started = System.nanoTime();
		int raised = 0;
		int seen = 0;
		int cleared = 0;
		Map<String, Long> millisByRule = new LinkedHashMap<>();
		for (Rule rule : rules.enabled()) {
			if (!rules.codesWithSql().contains(rule.code())) {
				// A rule row without its SELECT (added by data before the code shipped) is skipped, not fatal.
				log.warn("Supervision rule {} has no SQL under supervision/rules/; skipped", rule.code());
				continue;
			}
			if (!scope.concerns(rules.sql(rule.code()))) {
				continue;
			}
			long ruleStarted = System.nanoTime();
			MapSqlParameterSource parameters = parameters(rule, now, scope);
			Map<String, Object> counts = jdbc.queryForMap(upsert(rule, scope), parameters);
			raised += ((Number) counts.get("raised")).intValue();
			seen += ((Number) counts.get("seen")).intValue();
			cleared += jdbc.queryForObject(clear(scope), parameters, Integer.class);
			millisByRule.put(rule.code(), Duration.ofNanos(System.nanoTime() - ruleStarted).toMillis());
		}
		Map<String, Integer> openByRule = scope == Scope.ALL ? openByRule() : Map.of();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		Long runId = jdbc.queryForObject("""
				INSERT INTO supervision_runs (trigger, started_at, finished_at, raised, still_open, cleared, scope)
				VALUES (:trigger, :startedAt, :finishedAt, :raised, :seen, :cleared, :scope) RETURNING id""",
				new MapSqlParameterSource().addValue("trigger", trigger)
					.addValue("startedAt", Timestamp.from(now))
					.addValue("finishedAt", Timestamp.from(now.plus(elapsed)))
					.addValue("raised", raised)
					.addValue("seen", seen)
					.addValue("cleared", cleared)
					.addValue("scope", scope.label()),
				Long.class);
		if (scope == Scope.ALL || raised > 0 || cleared > 0) {
			events.publishEvent(AuditEvent.success("SUPERVISION_RUN", "SUPERVISION_RUN", runId,
					"trigger=%s scope=%s raised=%d stillOpen=%d cleared=%d".formatted(trigger,
							scope.label() == null ? "ALL" : scope.label(), raised, seen, cleared)));
		}
		return new RunSummary(runId, raised, seen, cleared, elapsed, openByRule, Map.copyOf(millisByRule));
	}

	/**
	 * The rule's SELECT as an upsert. DISTINCT ON keeps one row per subject, as ON CONFLICT may
	 * touch a row only once per statement; {@code xmax = 0} tells inserted rows from updated ones.
	 */
	private String upsert(Rule rule, Scope scope) {
		return """
				WITH matches AS (
				    SELECT DISTINCT ON (r.subject_key) r.*
				    FROM (
				%s
				    ) r
				    WHERE %s
				    ORDER BY r.subject_key
				), upserted AS (
				    INSERT INTO supervision_alerts (rule_code, subject_key, case_id, unit_id, unit_path, officer_id, severity,
				                                    reason, details, status, raised_at, due_at, last_seen_at)
				    SELECT :ruleCode, m.subject_key, m.case_id, m.unit_id, m.unit_path, m.officer_id, :severity,
				           :reason, m.details, 'RAISED', :now, :dueAt, :now
				    FROM matches m
				    ON CONFLICT (rule_code, subject_key) WHERE status <> 'CLOSED'
				    DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at,
				                  details = EXCLUDED.details,
				                  condition_cleared_at = NULL,
				                  version = supervision_alerts.version
				                      + CASE WHEN supervision_alerts.condition_cleared_at IS NULL THEN 0 ELSE 1 END
				    RETURNING id, (xmax = 0) AS inserted
				), raised_events AS (
				    INSERT INTO supervision_alert_events (alert_id, kind, at)
				    SELECT id, 'RAISED', :now FROM upserted WHERE inserted
				)
				SELECT count(*) FILTER (WHERE inserted) AS raised, count(*) FILTER (WHERE NOT inserted) AS seen
				FROM upserted""".formatted(rules.sql(rule.code()), scope.matchFilter());
	}

	/**
	 * Open alerts of the rule this run did not find again. Nobody touched a raised, unassigned
	 * one: it closes. The others keep going, marked as cleared, for the legal department to judge.
	 */
	private static String clear(Scope scope) {
		return """
				WITH gone AS (
				    SELECT a.id, (a.status = 'RAISED' AND a.assigned_to IS NULL) AS untouched
				    FROM supervision_alerts a
				    WHERE a.rule_code = :ruleCode AND a.status <> 'CLOSED' AND a.condition_cleared_at IS NULL
				      AND a.last_seen_at < :now AND %s
				    FOR UPDATE
				), changed AS (
				    UPDATE supervision_alerts a
				    SET condition_cleared_at = :now,
				        status = CASE WHEN g.untouched THEN 'CLOSED' ELSE a.status END,
				        closed_at = CASE WHEN g.untouched THEN :now ELSE a.closed_at END,
				        version = a.version + 1
				    FROM gone g
				    WHERE a.id = g.id
				    RETURNING a.id, g.untouched
				), cleared_events AS (
				    INSERT INTO supervision_alert_events (alert_id, kind, at)
				    SELECT id, CASE WHEN untouched THEN 'AUTO_CLOSED' ELSE 'CONDITION_CLEARED' END, :now FROM changed
				)
				SELECT count(*)::int FROM changed""".formatted(scope.alertFilter());
	}

	private MapSqlParameterSource parameters(Rule rule, Instant now, Scope scope) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		rule.parameters().forEach((name, value) -> parameters.addValue(name,
				value instanceof Map || value instanceof List ? rules.toJson(value) : value));
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		return parameters.addValue("now", at)
			.addValue("dueAt", at.plusDays(rule.rectificationDays()))
			.addValue("ruleCode", rule.code())
			.addValue("severity", rule.severity().name())
			.addValue("reason", "supervision.reason." + rule.code())
			.addValue("scopeCaseId", scope.caseId())
			.addValue("scopeSubject", scope.subject());
	}

	private Map<String, Integer> openByRule() {
		Map<String, Integer> open = new LinkedHashMap<>();
		jdbc.getJdbcTemplate().query("""
				SELECT rule_code, count(*) FROM supervision_alerts WHERE status <> 'CLOSED' GROUP BY rule_code ORDER BY rule_code""",
				rs -> {
					open.put(rs.getString(1), rs.getInt(2));
				});
		return open;
	}

	/** Which subjects a run looks at: everything, or one case or on-site decision. */
	private record Scope(String label, String matchFilter, String alertFilter, Long caseId, String subject) {

		static final Scope ALL = new Scope(null, "TRUE", "TRUE", null, null);

		/** An on-site decision has no case: only rules that read on-site decisions can concern it. */
		boolean concerns(String ruleSql) {
			return subject == null || ruleSql.contains("onsite_decisions");
		}
	}
}
