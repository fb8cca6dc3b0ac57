package org.gongzheng.supervision.fault;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.ApprovalRights;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.Languages;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.supervision.ranking.RankingQueries;

/**
 * An officer's law-enforcement record (执法档案) as supervision sees it: evaluations of cases they
 * handled or signed, alerts raised against them, faults they were named in, ranking placements and
 * sanctions. Their signatures themselves live in the approval module's accountability record.
 */
@Component
@Transactional(readOnly = true)
public class OfficerRecords {

	private static final int LIMIT = 200;

	private final JdbcTemplate jdbc;

	private final Organization organization;

	private final RankingQueries rankings;

	private final ApprovalRights rights;

	OfficerRecords(JdbcTemplate jdbc, Organization organization, RankingQueries rankings, ApprovalRights rights) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.rankings = rankings;
		this.rights = rights;
	}

	public record OfficerRecord(OfficerSummary officer, List<EvaluationLine> evaluations, List<AlertLine> alerts,
			List<FaultLine> faults, List<RankingQueries.Placement> placements, List<RankingQueries.SanctionRecord> sanctions,
			List<ApprovalRights.Change> rightsHistory) {
	}

	public record EvaluationLine(long id, LocalDate month, String caseNumber, String caseTitle, String role,
			Integer totalScore, String grade) {

		public String monthLabel() {
			return month.toString().substring(0, 7);
		}
	}

	public record AlertLine(long id, String ruleCode, String ruleNameZh, String ruleNameEn, Long caseId, String severity,
			String status, Instant raisedAt, Instant dueAt, Instant closedAt) {

		public String ruleName(Locale locale) {
			return Languages.pick(locale, ruleNameZh, ruleNameEn);
		}
	}

	/**
	 * One person's finding on one fault, with the ruling as the legal department made it: who
	 * decided and when ({@code null} until decided), the responsibility and outcome, and the reason
	 * written, which a clearing always has.
	 */
	public record FaultLine(long faultId, String caseNumber, String kind, String kindZh, String kindEn, LocalDate foundOn,
			String linkKind, String action, String linkName, String linkNameEn, Boolean responsible,
			String responsibilityKind, String outcome, String outcomeZh, String outcomeEn, String note,
			Fault.Decider decidedBy, Instant decidedAt) {

		public String linkName(Locale locale) {
			return Languages.pick(locale, linkName, linkNameEn);
		}

		public String kindName(Locale locale) {
			return Languages.pick(locale, kindZh, kindEn);
		}

		public String outcomeName(Locale locale) {
			return Languages.pick(locale, outcomeZh, outcomeEn);
		}
	}

	public OfficerRecord of(long officerId, SignedInOfficer viewer) {
		OfficerSummary officer = organization.officer(officerId)
			.filter(o -> o.id() == viewer.officerId() || viewer.scope().includes(o.unitPath()))
			.orElseThrow(() -> new NotFoundException("officer.notFound", officerId));
		if (officer.id() != viewer.officerId() && !mayReadOthers(viewer)) {
			throw new ForbiddenException("record.forbidden");
		}
		return new OfficerRecord(officer, evaluations(officerId), alerts(officerId), faults(officerId),
				rankings.placementsOf(officerId), rankings.sanctions("/", officerId), rights.history(officerId));
	}

	/**
	 * Which of these officers' records {@code viewer} may open, as {@link #of} decides, so that
	 * pages everyone in the bureau reads (the rankings) link only the records the reader can open.
	 */
	public Set<Long> readable(Collection<Long> officerIds, SignedInOfficer viewer) {
		if (!mayReadOthers(viewer)) {
			return officerIds.contains(viewer.officerId()) ? Set.of(viewer.officerId()) : Set.of();
		}
		return organization.officers(officerIds).values().stream()
			.filter(o -> o.id() == viewer.officerId() || viewer.scope().includes(o.unitPath()))
			.map(OfficerSummary::id)
			.collect(Collectors.toSet());
	}

	private static boolean mayReadOthers(SignedInOfficer viewer) {
		return viewer.hasAny(Role.REVIEWER, Role.LEGAL, Role.LEADER, Role.ADMIN);
	}

	private List<EvaluationLine> evaluations(long officerId) {
		return jdbc.query("""
				select e.id, e.month, e.case_number, e.case_title,
				    case when e.handler_id = ? then 'HANDLER' when e.co_handler_id = ? then 'CO_HANDLER' else 'SIGNER' end,
				    e.total_score, e.grade
				from case_evaluations e
				where e.status = 'SCORED' and (e.handler_id = ? or e.co_handler_id = ?
				    or exists (select 1 from approval_signatures s where s.case_id = e.case_id and s.signer_id = ?))
				order by e.month desc, e.id desc limit ?""", (rs, i) -> new EvaluationLine(rs.getLong(1),
				rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5), (Integer) rs.getObject(6),
				rs.getString(7)), officerId, officerId, officerId, officerId, officerId, LIMIT);
	}

	private List<AlertLine> alerts(long officerId) {
		return jdbc.query("""
				select a.id, a.rule_code, r.name_zh, r.name_en, a.case_id, a.severity, a.status, a.raised_at, a.due_at, a.closed_at
				from supervision_alerts a join supervision_rules r on r.code = a.rule_code
				where a.officer_id = ? order by a.raised_at desc limit ?""", (rs, i) -> {
			Timestamp closed = rs.getTimestamp(10);
			return new AlertLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), (Long) rs.getObject(5),
					rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
					closed == null ? null : closed.toInstant());
		}, officerId, LIMIT);
	}

	/**
	 * Kinds and outcomes are named from their tables, as the signing record names them, and the
	 * decider is joined here, so the whole list is one query however many findings it holds.
	 */
	private List<FaultLine> faults(long officerId) {
		return jdbc.query("""
				select f.id, f.case_number, f.kind, k.name_zh, k.name_en, f.found_on, r.link_kind, s.action, r.link_name,
				    r.link_name_en, r.responsible, r.responsibility_kind, r.outcome, o.name_zh, o.name_en, r.note,
				    r.decided_by, d.name, d.police_number, r.decided_at
				from fault_responsibilities r join enforcement_faults f on f.id = r.fault_id
				join fault_kinds k on k.code = f.kind
				left join fault_outcomes o on o.code = r.outcome
				left join approval_signatures s on s.id = r.signature_id
				left join officers d on d.id = r.decided_by
				where r.officer_id = ? order by f.found_on desc, r.id limit ?""", (rs, i) -> {
			Timestamp decidedAt = rs.getTimestamp(20);
			return new FaultLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
					(Boolean) rs.getObject(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
					rs.getString(16), Faults.decider(rs, 17), decidedAt == null ? null : decidedAt.toInstant());
		}, officerId, LIMIT);
	}
}
