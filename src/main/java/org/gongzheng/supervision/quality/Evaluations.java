package org.gongzheng.supervision.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.LikePatterns;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Case-quality evaluation: the monthly draw (a random sample of each unit's closed or decided
 * cases plus every case that had alerts), scoring by the legal department, and who may read the
 * result (the legal department and leaders of the bureau, the case's handlers and its signers).
 */
@Service
@Transactional
public class Evaluations {

	static final String COLUMNS = """
			e.id, e.case_id, e.month, e.unit_id, e.unit_path, e.case_number, e.case_title, e.handler_id, e.co_handler_id,
			e.reason, e.status, e.total_score, e.grade, e.summary, e.evaluator_id, e.evaluated_at, e.version""";

	static final RowMapper<Evaluation> ROW = Evaluations::row;

	private final JdbcTemplate jdbc;

	private final EvaluationParameters parameters;

	private final Months months;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Evaluations(JdbcTemplate jdbc, EvaluationParameters parameters, Months months, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.parameters = parameters;
		this.months = months;
		this.events = events;
		this.clock = clock;
	}

	public record Draw(YearMonth month, int alerted, int sampled, boolean sampleAlreadyDrawn) {
	}

	public record ItemLine(ChecklistItem item, Integer awarded, String note) {
	}

	public record Detail(Evaluation evaluation, List<ItemLine> lines, boolean scorable) {
	}

	/** Draws a month's cases for LEGAL; the random sample is taken once, alerted cases are topped up. */
	public Draw draw(YearMonth month, SignedInOfficer officer) {
		requireLegal(officer);
		return draw(officer.bureauPath(), month, officer.officerId());
	}

	/**
	 * Idempotent per bureau and month: the sample is drawn only when no draw is recorded, and the
	 * unique (case, month) key keeps any case from being drawn twice.
	 */
	public Draw draw(String bureauPath, YearMonth month, Long drawnBy) {
		LocalDate day = Months.day(month);
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "evaluation-draw:" + bureauPath + day);
		Timestamp from = Timestamp.from(months.start(month));
		Timestamp to = Timestamp.from(months.end(month));
		Timestamp now = Timestamp.from(clock.instant());
		int alerted = jdbc.update("""
				insert into case_evaluations (case_id, month, bureau_path, unit_id, unit_path, case_number, case_title,
				    handler_id, co_handler_id, reason, status, drawn_at)
				select c.id, ?, ?, c.unit_id, c.unit_path, c.case_number, c.title, c.handler_id, c.co_handler_id, 'ALERTS',
				    'PENDING', ?
				from cases c
				where c.unit_path like ? and exists (select 1 from supervision_alerts a
				    where a.case_id = c.id and a.raised_at >= ? and a.raised_at < ?)
				on conflict (case_id, month) do nothing""", day, bureauPath, now, bureauPath + "%", from, to);
		boolean drawn = Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from evaluation_draws where bureau_path = ? and month = ?)", Boolean.class,
				bureauPath, day));
		int sampled = 0;
		if (!drawn) {
			sampled = jdbc.update("""
					insert into case_evaluations (case_id, month, bureau_path, unit_id, unit_path, case_number, case_title,
					    handler_id, co_handler_id, reason, status, drawn_at)
					select id, ?, ?, unit_id, unit_path, case_number, title, handler_id, co_handler_id, 'SAMPLE', 'PENDING', ?
					from (select c.*, row_number() over (partition by c.unit_id order by random()) as n
					      from cases c
					      where c.unit_path like ? and c.state in ('DECIDED', 'CLOSED')
					        and ((c.decided_at >= ? and c.decided_at < ?) or (c.closed_at >= ? and c.closed_at < ?))
					        and not exists (select 1 from case_evaluations e where e.case_id = c.id and e.month = ?)) s
					where n <= ?
					on conflict (case_id, month) do nothing""", day, bureauPath, now, bureauPath + "%", from, to, from, to, day,
					parameters.value(EvaluationParameters.SAMPLE_PER_UNIT));
			jdbc.update("insert into evaluation_draws (bureau_path, month, drawn_at, drawn_by, sampled) values (?, ?, ?, ?, ?)",
					bureauPath, day, now, drawnBy, sampled);
		}
		events.publishEvent(AuditEvent.success("EVALUATION_SAMPLE_DRAWN", "EVALUATION_MONTH", month,
				"bureau=" + bureauPath + " alerted=" + alerted + " sampled=" + sampled));
		return new Draw(month, alerted, sampled, drawn);
	}

	@Transactional(readOnly = true)
	public List<ChecklistItem> checklist() {
		return jdbc.query("""
				select code, category, sort_order, points, text_zh, text_en, deduction_zh, deduction_en, citation, citation_en
				from quality_checklist_items where active order by sort_order""",
				(rs, i) -> new ChecklistItem(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
	}

	@Transactional(readOnly = true)
	public Page<Evaluation> search(EvaluationFilter filter, Pageable pageable, SignedInOfficer officer) {
		requireOverseer(officer);
		StringBuilder where = new StringBuilder(" where e.unit_path like ?");
		List<Object> args = new ArrayList<>(List.of(officer.scope().likePattern()));
		if (filter.month() != null) {
			where.append(" and e.month = ?");
			args.add(Months.day(filter.month()));
		}
		if (filter.status() != null && !filter.status().isBlank()) {
			where.append(" and e.status = ?");
			args.add(filter.status());
		}
		if (filter.grade() != null) {
			where.append(" and e.grade = ?");
			args.add(filter.grade().name());
		}
		if (filter.reason() != null && !filter.reason().isBlank()) {
			where.append(" and e.reason = ?");
			args.add(filter.reason());
		}
		if (filter.unitId() != null) {
			where.append(" and e.unit_path like (select path from units where id = ?) || '%'");
			args.add(filter.unitId());
		}
		if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
			where.append(" and e.case_number like ?");
			args.add("%" + LikePatterns.literal(SearchTerms.folded(filter.caseNumber()).strip()) + "%");
		}
		return page("select " + COLUMNS + " from case_evaluations e" + where
				+ " order by e.month desc, e.status, e.case_number", where.toString(), args, pageable);
	}

	/** Scored evaluations of cases the officer handled or signed: "我的执法质量". */
	@Transactional(readOnly = true)
	public Page<Evaluation> mine(long officerId, Pageable pageable) {
		String where = """
				 where e.status = 'SCORED' and (e.handler_id = ? or e.co_handler_id = ?
				   or exists (select 1 from approval_signatures s where s.case_id = e.case_id and s.signer_id = ?))""";
		return page("select " + COLUMNS + " from case_evaluations e " + where + " order by e.month desc, e.id desc", where,
				List.of(officerId, officerId, officerId), pageable);
	}

	@Transactional(readOnly = true)
	public Detail detail(long id, SignedInOfficer officer) {
		Evaluation evaluation = visible(id, officer);
		Map<String, ItemLine> lines = new LinkedHashMap<>();
		checklist().forEach(item -> lines.put(item.code(), new ItemLine(item, null, null)));
		jdbc.query("select item_code, awarded, note from case_evaluation_scores where evaluation_id = ?", rs -> {
			ItemLine line = lines.get(rs.getString(1));
			if (line != null) {
				lines.put(rs.getString(1), new ItemLine(line.item(), rs.getInt(2), rs.getString(3)));
			}
		}, id);
		return new Detail(evaluation, List.copyOf(lines.values()), officer.has(Role.LEGAL));
	}

	/** LEGAL scores every item; the version guards against two evaluators overwriting each other. */
	public Evaluation score(long id, long version, Map<String, Scoring.ItemScore> scores, String summary,
			SignedInOfficer officer) {
		requireLegal(officer);
		Evaluation evaluation = visible(id, officer);
		if (summary != null && summary.strip().length() > 2000) {
			throw InvalidInputException.of("summary", "validation.tooLong", 2000);
		}
		List<ChecklistItem> items = checklist();
		Scoring.Result result = Scoring.score(items, scores, parameters.thresholds());
		int updated = jdbc.update("""
				update case_evaluations set status = 'SCORED', total_score = ?, grade = ?, summary = ?, evaluator_id = ?,
				    evaluated_at = ?, version = version + 1
				where id = ? and version = ?""", result.total(), result.grade().name(),
				summary == null || summary.isBlank() ? null : summary.strip(), officer.officerId(),
				Timestamp.from(clock.instant()), id, version);
		if (updated == 0) {
			throw ConflictException.staleVersion(evaluation.caseNumber());
		}
		jdbc.update("delete from case_evaluation_scores where evaluation_id = ?", id);
		for (ChecklistItem item : items) {
			Scoring.ItemScore score = scores.get(item.code());
			jdbc.update("insert into case_evaluation_scores (evaluation_id, item_code, awarded, note) values (?, ?, ?, ?)", id,
					item.code(), score.awarded(), score.note() == null || score.note().isBlank() ? null : score.note().strip());
		}
		events.publishEvent(AuditEvent.success("CASE_EVALUATED", "CASE", evaluation.caseId(),
				evaluation.caseNumber() + " " + evaluation.monthLabel() + ": " + result.total() + " " + result.grade()));
		return find(id);
	}

	/**
	 * LEGAL, leaders and administrators of the bureau see every evaluation in it; anyone else only
	 * those of cases they handled or signed. Out of reach is "not found", so ids are not probed.
	 */
	@Transactional(readOnly = true)
	public Evaluation visible(long id, SignedInOfficer officer) {
		Evaluation evaluation = find(id);
		boolean overseer = officer.hasAny(Role.LEGAL, Role.LEADER, Role.ADMIN) && officer.scope().includes(evaluation.unitPath());
		if (overseer || concerns(evaluation, officer.officerId())) {
			return evaluation;
		}
		throw new NotFoundException("evaluation.notFound", id);
	}

	private boolean concerns(Evaluation evaluation, long officerId) {
		if (Long.valueOf(officerId).equals(evaluation.handlerId()) || Long.valueOf(officerId).equals(evaluation.coHandlerId())) {
			return true;
		}
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from approval_signatures where case_id = ? and signer_id = ?)", Boolean.class,
				evaluation.caseId(), officerId));
	}

	private Evaluation find(long id) {
		return jdbc.query("select " + COLUMNS + " from case_evaluations e where e.id = ?", ROW, id).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("evaluation.notFound", id));
	}

	private Page<Evaluation> page(String select, String where, List<Object> args, Pageable pageable) {
		Long total = jdbc.queryForObject("select count(*) from case_evaluations e " + where, Long.class, args.toArray());
		List<Object> paged = new ArrayList<>(args);
		paged.add(pageable.getPageSize());
		paged.add(pageable.getOffset());
		List<Evaluation> content = jdbc.query(select + " limit ? offset ?", ROW, paged.toArray());
		return new PageImpl<>(content, pageable, total == null ? 0 : total);
	}

	static void requireLegal(SignedInOfficer officer) {
		if (!officer.has(Role.LEGAL)) {
			throw new ForbiddenException("evaluation.legalOnly");
		}
	}

	static void requireOverseer(SignedInOfficer officer) {
		if (!officer.hasAny(Role.LEGAL, Role.LEADER, Role.ADMIN)) {
			throw new ForbiddenException("evaluation.legalOnly");
		}
	}

	private static Evaluation row(ResultSet rs, int i) throws SQLException {
		Timestamp evaluatedAt = rs.getTimestamp(16);
		String grade = rs.getString(13);
		return new Evaluation(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5),
				rs.getString(6), rs.getString(7), (Long) rs.getObject(8), (Long) rs.getObject(9), rs.getString(10),
				rs.getString(11), (Integer) rs.getObject(12), grade == null ? null : Grade.valueOf(grade), rs.getString(14),
				(Long) rs.getObject(15), evaluatedAt == null ? null : evaluatedAt.toInstant(), rs.getLong(17));
	}
}
