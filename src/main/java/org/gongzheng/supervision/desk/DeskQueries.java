package org.gongzheng.supervision.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;

/** Aggregates for the supervision desk, each one grouped query over the scope's alerts. */
@Service
class DeskQueries {

	private static final String[][] AGE_BUCKETS = { { "age.day", "0", "1" }, { "age.days3", "1", "3" },
			{ "age.week", "3", "7" }, { "age.month", "7", "30" }, { "age.older", "30", "100000" } };

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	DeskQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	DeskSummary summary(DataScope scope) {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		MapSqlParameterSource parameters = new MapSqlParameterSource("scope", scope.likePattern()).addValue("now", now);
		Map<String, Integer> byRule = new LinkedHashMap<>();
		jdbc.query("""
				SELECT rule_code, count(*) FROM supervision_alerts
				WHERE status <> 'CLOSED' AND unit_path LIKE :scope GROUP BY rule_code ORDER BY count(*) DESC, rule_code""",
				parameters, rs -> {
					byRule.put(rs.getString(1), rs.getInt(2));
				});
		List<DeskSummary.UnitCount> byUnit = jdbc.query("""
				SELECT unit_id, min(unit_path) AS unit_path, count(*) AS n FROM supervision_alerts
				WHERE status <> 'CLOSED' AND unit_path LIKE :scope GROUP BY unit_id ORDER BY n DESC, unit_id LIMIT 15""",
				parameters, (rs, row) -> new DeskSummary.UnitCount(rs.getLong(1), rs.getString(2), rs.getInt(3)));
		Map<String, Integer> byAge = new LinkedHashMap<>();
		StringBuilder ages = new StringBuilder("SELECT ");
		for (int i = 0; i < AGE_BUCKETS.length; i++) {
			ages.append(i == 0 ? "" : ", ")
				.append("count(*) FILTER (WHERE raised_at <= :now - interval '1 day' * %s AND raised_at > :now - interval '1 day' * %s)"
					.formatted(AGE_BUCKETS[i][1], AGE_BUCKETS[i][2]));
		}
		ages.append(" FROM supervision_alerts WHERE status <> 'CLOSED' AND unit_path LIKE :scope");
		jdbc.query(ages.toString(), parameters, rs -> {
			for (int i = 0; i < AGE_BUCKETS.length; i++) {
				byAge.put(AGE_BUCKETS[i][0], rs.getInt(i + 1));
			}
		});
		Map<String, Object> counts = jdbc.queryForMap("""
				SELECT count(*) FILTER (WHERE status <> 'CLOSED') AS open,
				       count(*) FILTER (WHERE assigned_at IS NOT NULL) AS assigned,
				       count(*) FILTER (WHERE status = 'CLOSED' AND closed_by IS NOT NULL) AS rectified,
				       count(*) FILTER (WHERE status IN ('RAISED', 'ASSIGNED', 'REOPENED') AND due_at < :now) AS overdue,
				       count(*) FILTER (WHERE status = 'RECTIFICATION_SUBMITTED') AS waiting
				FROM supervision_alerts WHERE unit_path LIKE :scope""", parameters);
		return new DeskSummary(byRule, byUnit, byAge, number(counts, "open"), number(counts, "assigned"),
				number(counts, "rectified"), number(counts, "overdue"), number(counts, "waiting"), latestRun());
	}

	@Transactional(readOnly = true)
	RunRow latestRun() {
		List<RunRow> runs = jdbc.query("SELECT * FROM supervision_runs WHERE scope IS NULL ORDER BY started_at DESC LIMIT 1",
				new MapSqlParameterSource(), this::run);
		return runs.isEmpty() ? null : runs.get(0);
	}

	/** Full runs by default; with {@code includeScoped} also the runs events triggered for one case. */
	@Transactional(readOnly = true)
	Page<RunRow> runs(boolean includeScoped, Pageable pageable) {
		String where = includeScoped ? "" : " WHERE scope IS NULL";
		Long total = jdbc.getJdbcTemplate().queryForObject("SELECT count(*) FROM supervision_runs" + where, Long.class);
		List<RunRow> content = new ArrayList<>(jdbc.query("SELECT * FROM supervision_runs" + where
				+ " ORDER BY started_at DESC, id DESC LIMIT :limit OFFSET :offset",
				new MapSqlParameterSource("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset()), this::run));
		return new PageImpl<>(content, pageable, total == null ? 0 : total);
	}

	private RunRow run(ResultSet rs, int row) throws SQLException {
		java.sql.Timestamp finished = rs.getTimestamp("finished_at");
		return new RunRow(rs.getLong("id"), rs.getString("trigger"), rs.getString("scope"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(), rs.getInt("raised"),
				rs.getInt("still_open"), rs.getInt("cleared"));
	}

	private static int number(Map<String, Object> counts, String key) {
		return ((Number) counts.get(key)).intValue();
	}
}
