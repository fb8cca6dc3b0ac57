package org.gongzheng.supervision.ranking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.supervision.quality.EvaluationParameters;
import org.gongzheng.supervision.quality.Months;

/**
 * Monthly rankings, computed once per bureau and month by three set-based statements and kept as a
 * snapshot, so the placements people were told about do not move when later data arrives.
 * Computing a snapshot applies the sanctions it leads to.
 */
@Service
@Transactional
public class Rankings {

	private final JdbcTemplate jdbc;

	private final Months months;

	private final EvaluationParameters parameters;

	private final Sanctions sanctions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rankings(JdbcTemplate jdbc, Months months, EvaluationParameters parameters, Sanctions sanctions,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.months = months;
		this.parameters = parameters;
		this.sanctions = sanctions;
		this.events = events;
		this.clock = clock;
	}

	/** For the legal department's "compute" button: the caller's bureau. */
	public RankingTables.Snapshot compute(YearMonth month, SignedInOfficer officer) {
		if (!officer.has(Role.LEGAL)) {
			throw new ForbiddenException("evaluation.legalOnly");
		}
		if (!month.isBefore(months.current())) {
			// A published ranking never changes, so a month is ranked only once it is over.
			throw InvalidInputException.of("month", "ranking.month.incomplete");
		}
		return compute(officer.bureauPath(), month);
	}

	/** Computes the month's snapshot unless it exists; either way returns it. */
	public RankingTables.Snapshot compute(String bureauPath, YearMonth month) {
		LocalDate day = Months.day(month);
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "ranking:" + bureauPath + day);
		Optional<RankingTables.Snapshot> existing = snapshot(bureauPath, month);
		if (existing.isPresent()) {
			return existing.get();
		}
		long id = jdbc.queryForObject("""
				insert into ranking_snapshots (bureau_path, month, computed_at) values (?, ?, ?) returning id""", Long.class,
				bureauPath, day, Timestamp.from(clock.instant()));
		Timestamp from = Timestamp.from(months.start(month));
		Timestamp to = Timestamp.from(months.end(month));
		String like = bureauPath + "%";
		rankOfficers(id, like, day, from, to);
		rankReviewers(id, like, day, from, to);
		rankUnits(id, like, from, to);
		events.publishEvent(AuditEvent.success("RANKING_COMPUTED", "RANKING_SNAPSHOT", id, bureauPath + " " + month));
		sanctions.apply(id);
		return snapshot(bureauPath, month).orElseThrow();
	}

	private void rankOfficers(long id, String like, LocalDate day, Timestamp from, Timestamp to) {
		jdbc.update("""
				insert into ranking_officer_entries (snapshot_id, officer_id, unit_id, evaluations, average_score, alerts, place)
				with evaluated as (
				    select h.officer_id, count(*) as n, avg(e.total_score) as average
				    from case_evaluations e
				    cross join lateral (values (e.handler_id), (e.co_handler_id)) as h(officer_id)
				    where e.status = 'SCORED' and e.month = ? and e.unit_path like ? and h.officer_id is not null
				    group by h.officer_id),
				alerted as (
				    select officer_id, count(*) as n from supervision_alerts
				    where raised_at >= ? and raised_at < ? and unit_path like ? and officer_id is not null
				    group by officer_id),
				people as (select officer_id from evaluated union select officer_id from alerted)
				select ?, o.id, o.unit_id, coalesce(ev.n, 0), round(ev.average, 1), coalesce(al.n, 0),
				    rank() over (order by ev.average desc nulls last, coalesce(al.n, 0))
				from people p
				join officers o on o.id = p.officer_id
				left join evaluated ev on ev.officer_id = p.officer_id
				left join alerted al on al.officer_id = p.officer_id""", day, like, from, to, like, id);
	}

	/**
	 * Defects found this month in cases a reviewer signed before they were found. Peer groups
	 * follow the signer's unit: station and squadron heads, sub-bureau, brigade and detachment heads,
	 * the legal department, bureau leaders. A bottom placement needs defects, a place among the last
	 * SANCTION_BOTTOM_PLACES and a group of at least REVIEWER_MIN_GROUP_SIZE.
	 */
	private void rankReviewers(long id, String like, LocalDate day, Timestamp from, Timestamp to) {
		jdbc.update("""
				insert into ranking_reviewer_entries (snapshot_id, officer_id, unit_id, peer_group, signed_cases, alerts,
				    failed_evaluations, faults, defect_points, place, group_size, bottom)
				with signed as (
				    select s.signer_id, s.case_id, min(s.signed_at) as first_signed
				    from approval_signatures s join approval_requests r on r.id = s.request_id
				    where r.case_unit_path like ? and s.signed_at < ?
				    group by s.signer_id, s.case_id),
				alerted as (
				    select sg.signer_id, count(distinct a.id) as n from signed sg
				    join supervision_alerts a on a.case_id = sg.case_id and a.raised_at >= ? and a.raised_at < ?
				        and a.raised_at > sg.first_signed
				    group by sg.signer_id),
				failed as (
				    select sg.signer_id, count(distinct e.id) as n from signed sg
				    join case_evaluations e on e.case_id = sg.case_id and e.grade = 'FAIL' and e.evaluated_at >= ?
				        and e.evaluated_at < ? and e.evaluated_at > sg.first_signed
				    group by sg.signer_id),
				faulted as (
				    select sg.signer_id, count(distinct f.id) as n from signed sg
				    join enforcement_faults f on f.case_id = sg.case_id and f.recorded_at >= ? and f.recorded_at < ?
				        and f.recorded_at > sg.first_signed
				    group by sg.signer_id),
				scored as (
				    select o.id as officer_id, o.unit_id,
				        -- A department under a sub-bureau (a criminal investigation brigade) reviews its own
				        -- cases as a station does. One directly under the bureau is the legal-affairs
				        -- department, marked as such, or a detachment, whose head signs at a sub-bureau's rank
				        -- (UnitLevel.SUB_BUREAU).
				        case when u.kind in ('STATION', 'SQUADRON', 'TEAM') then 'STATION'
				             when u.kind = 'DEPARTMENT' and parent.kind <> 'BUREAU' then 'STATION'
				             when u.kind in ('SUB_BUREAU', 'TRAFFIC_BRIGADE') then 'SUB_BUREAU'
				             when u.legal_affairs then 'LEGAL'
				             when u.kind = 'DEPARTMENT' then 'SUB_BUREAU' else 'BUREAU' end as peer_group,
				        count(sg.case_id) as signed_cases,
				        coalesce(max(al.n), 0) as alerts, coalesce(max(fe.n), 0) as failed, coalesce(max(fa.n), 0) as faults
				    from signed sg
				    join officers o on o.id = sg.signer_id
				    join units u on u.id = o.unit_id
				    left join units parent on parent.id = u.parent_id
				    left join alerted al on al.signer_id = sg.signer_id
				    left join failed fe on fe.signer_id = sg.signer_id
				    left join faulted fa on fa.signer_id = sg.signer_id
				    group by o.id, o.unit_id, u.kind, u.legal_affairs, parent.kind),
				pointed as (
				    select *, alerts * ? + failed * ? + faults * ? as points from scored),
				ranked as (
				    select *, rank() over (partition by peer_group order by points, signed_cases desc) as place,
				        rank() over (partition by peer_group order by points desc) as from_bottom,
				        count(*) over (partition by peer_group) as group_size
				    from pointed)
				select ?, officer_id, unit_id, peer_group, signed_cases, alerts, failed, faults, points, place, group_size,
				    points > 0 and from_bottom <= ? and group_size >= ?
				from ranked""", like, to, from, to, from, to, from, to,
				parameters.value(EvaluationParameters.DEFECT_WEIGHT_ALERT),
				parameters.value(EvaluationParameters.DEFECT_WEIGHT_FAILED_EVALUATION),
				parameters.value(EvaluationParameters.DEFECT_WEIGHT_FAULT), id,
				parameters.value(EvaluationParameters.SANCTION_BOTTOM_PLACES),
				parameters.value(EvaluationParameters.REVIEWER_MIN_GROUP_SIZE));
	}

	/**
	 * Case-handling units, each over its subtree: alerts raised this month, the share of alerts due
	 * this month that were closed after an accepted rectification, alerts overdue at the month's
	 * end. Stations and squadrons are ranked among themselves, sub-bureaus and brigades likewise;
	 * the last place with any alert is the bottom.
	 */
	private void rankUnits(long id, String like, Timestamp from, Timestamp to) {
		jdbc.update("""
				insert into ranking_unit_entries (snapshot_id, unit_id, peer_group, alerts, due, rectified,
				    rectification_rate, overdue, place, group_size, bottom)
				with handling as (
				    select id, path, case when kind in ('STATION', 'SQUADRON', 'TEAM') then 'STATION' else 'SUB_BUREAU' end as grp
				    from units
				    where path like ? and active and kind in ('STATION', 'SQUADRON', 'TEAM', 'SUB_BUREAU', 'TRAFFIC_BRIGADE')),
				-- Counted per unit path first, so the prefix join below pairs units with distinct paths, not with every alert.
				per_path as (
				    select a.unit_path,
				        count(*) filter (where a.raised_at >= ? and a.raised_at < ?) as alerts,
				        count(*) filter (where a.due_at >= ? and a.due_at < ?) as due,
				        count(*) filter (where a.due_at >= ? and a.due_at < ? and a.status = 'CLOSED' and r.alert_id is not null)
				            as rectified,
				        count(*) filter (where a.due_at < ? and (a.closed_at is null or a.closed_at >= ?)) as overdue
				    from supervision_alerts a
				    left join (select distinct alert_id from supervision_rectifications where verdict = 'ACCEPTED') r
				        on r.alert_id = a.id
				    where a.unit_path like ? and a.raised_at < ?
				    group by a.unit_path),
				counted as (
				    select h.id, h.grp, coalesce(sum(p.alerts), 0) as alerts, coalesce(sum(p.due), 0) as due,
				        coalesce(sum(p.rectified), 0) as rectified, coalesce(sum(p.overdue), 0) as overdue
				    from handling h
				    left join per_path p on p.unit_path like h.path || '%'
				    group by h.id, h.grp),
				rated as (
				    select *, case when due = 0 then null else round(100.0 * rectified / due, 1) end as rate from counted),
				ranked as (
				    select *, rank() over (partition by grp order by alerts, coalesce(rate, 100) desc, overdue) as place,
				        rank() over (partition by grp order by alerts desc, coalesce(rate, 100), overdue desc) as from_bottom,
				        count(*) over (partition by grp) as group_size
				    from rated)
				select ?, id, grp, alerts, due, rectified, rate, overdue, place, group_size,
				    from_bottom = 1 and (alerts > 0 or overdue > 0) and group_size > 1
				from ranked""", like, from, to, from, to, from, to, to, to, like, to, id);
	}

	@Transactional(readOnly = true)
	public Optional<RankingTables.Snapshot> snapshot(String bureauPath, YearMonth month) {
		return jdbc.query("select id, bureau_path, month, computed_at, demo, note from ranking_snapshots where bureau_path = ? and month = ?",
				RankingQueries.SNAPSHOT, bureauPath, Months.day(month)).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<RankingTables.Snapshot> latest(String bureauPath) {
		return jdbc.query("select id, bureau_path, month, computed_at, demo, note from ranking_snapshots where bureau_path = ? order by month desc limit 1",
				RankingQueries.SNAPSHOT, bureauPath).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<String> months(String bureauPath) {
		return jdbc.queryForList("select to_char(month, 'YYYY-MM') from ranking_snapshots where bureau_path = ? order by month desc",
				String.class, bureauPath);
	}
}
