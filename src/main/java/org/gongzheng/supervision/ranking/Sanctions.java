package org.gongzheng.supervision.ranking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.ApprovalRights;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.supervision.quality.EvaluationParameters;

/**
 * What rankings lead to. A reviewer at the bottom of their peer group SANCTION_STRIKES_PER_YEAR
 * times in one calendar year loses approval rights (through the organization module, which the
 * approval module consults before every signature) until the legal department restores them. A
 * unit at the bottom YELLOW_CARD_BOTTOM_IN_QUARTER times in a quarter, or with
 * YELLOW_CARD_OVERDUE_ALERTS overdue alerts in a month, gets a yellow card.
 */
@Service
@Transactional
public class Sanctions {

	private final JdbcTemplate jdbc;

	private final EvaluationParameters parameters;

	private final ApprovalRights rights;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Sanctions(JdbcTemplate jdbc, EvaluationParameters parameters, ApprovalRights rights, Organization organization,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.parameters = parameters;
		this.rights = rights;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	record Strike(long officerId, String bureauPath, LocalDate month, int strikes) {
	}

	/** Applies a freshly stored snapshot's consequences; running it again adds nothing. */
	public void apply(long snapshotId) {
		suspendReviewers(snapshotId);
		issueYellowCards(snapshotId);
	}

	private void suspendReviewers(long snapshotId) {
		List<Strike> strikes = jdbc.query("""
				select e.officer_id, s.bureau_path, s.month,
				    (select count(*) from ranking_reviewer_entries e2 join ranking_snapshots s2 on s2.id = e2.snapshot_id
				     where e2.officer_id = e.officer_id and e2.bottom and s2.bureau_path = s.bureau_path
				       and date_trunc('year', s2.month) = date_trunc('year', s.month) and s2.month <= s.month)::int
				from ranking_reviewer_entries e join ranking_snapshots s on s.id = e.snapshot_id
				where e.snapshot_id = ? and e.bottom
				  and not exists (select 1 from reviewer_sanctions r where r.officer_id = e.officer_id and r.trigger_month = s.month)""",
				(rs, i) -> new Strike(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4)), snapshotId);
		int limit = parameters.value(EvaluationParameters.SANCTION_STRIKES_PER_YEAR);
		for (Strike strike : strikes) {
			if (strike.strikes() < limit || rights.suspended(strike.officerId())) {
				continue;
			}
			String month = strike.month().toString().substring(0, 7);
			String reason = "%d年内第%d次在同类审核审批人员月度排名末位（%s），依规暂停审批权限"
				.formatted(strike.month().getYear(), strike.strikes(), month);
			String reasonEn = "Bottom of the peer group for the %s time in %d (%s): approval rights suspended"
				.formatted(ordinal(strike.strikes()), strike.month().getYear(), month);
			jdbc.update("""
					insert into reviewer_sanctions (officer_id, bureau_path, year, trigger_month, strikes, reason, reason_en,
					    suspended_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""", strike.officerId(), strike.bureauPath(), strike.month().getYear(),
					strike.month(), strike.strikes(), reason, reasonEn, Timestamp.from(clock.instant()));
			rights.suspend(strike.officerId(), reason, reasonEn, null);
		}
	}

	private void issueYellowCards(long snapshotId) {
		Timestamp now = Timestamp.from(clock.instant());
		int bottom = jdbc.update("""
				insert into yellow_cards (unit_id, unit_path, bureau_path, month, rule, reason, reason_en, issued_at)
				select e.unit_id, u.path, s.bureau_path, s.month, 'BOTTOM_IN_QUARTER',
				    '本季度第' || q.n || '次在单位月度排名中居末位',
				    'Bottom of the unit ranking ' || q.n || ' times this quarter', ?
				from ranking_unit_entries e
				join ranking_snapshots s on s.id = e.snapshot_id
				join units u on u.id = e.unit_id
				cross join lateral (
				    select count(*) as n from ranking_unit_entries e2 join ranking_snapshots s2 on s2.id = e2.snapshot_id
				    where e2.unit_id = e.unit_id and e2.bottom and s2.bureau_path = s.bureau_path
				      and date_trunc('quarter', s2.month) = date_trunc('quarter', s.month) and s2.month <= s.month) q
				where e.snapshot_id = ? and e.bottom and q.n >= ?
				on conflict (unit_id, month) do nothing""", now, snapshotId,
				parameters.value(EvaluationParameters.YELLOW_CARD_BOTTOM_IN_QUARTER));
		int overdue = jdbc.update("""
				insert into yellow_cards (unit_id, unit_path, bureau_path, month, rule, reason, reason_en, issued_at)
				select e.unit_id, u.path, s.bureau_path, s.month, 'OVERDUE_ALERTS',
				    '月末逾期未整改预警 ' || e.overdue || ' 条',
				    e.overdue || ' alerts overdue at the month''s end', ?
				from ranking_unit_entries e
				join ranking_snapshots s on s.id = e.snapshot_id
				join units u on u.id = e.unit_id
				where e.snapshot_id = ? and e.overdue >= ?
				on conflict (unit_id, month) do nothing""", now, snapshotId,
				parameters.value(EvaluationParameters.YELLOW_CARD_OVERDUE_ALERTS));
		if (bottom + overdue > 0) {
			events.publishEvent(AuditEvent.success("YELLOW_CARDS_ISSUED", "RANKING_SNAPSHOT", snapshotId,
					"yellowCards=" + (bottom + overdue)));
		}
	}

	/**
	 * LEGAL gives approval rights back, with a reason; the sanction row records who and why.
	 * {@code version} is the officer's as the reader saw them; returns the officer's new version.
	 */
	public long restore(long officerId, long version, String reason, SignedInOfficer legal) {
		requireLegal(legal);
		OfficerSummary officer = organization.officer(officerId).filter(o -> legal.scope().includes(o.unitPath()))
			.orElseThrow(() -> new NotFoundException("officer.notFound", officerId));
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "validation.required");
		}
		if (reason.strip().length() > 500) {
			throw InvalidInputException.of("reason", "validation.tooLong", 500);
		}
		InvalidInputException.requireStorable("reason", reason);
		if (!officer.approvalRightsSuspended()) {
			throw new ConflictException("approvalRights.notSuspended");
		}
		long restored = rights.restore(officerId, version, reason.strip(), legal.officerId());
		jdbc.update("""
				update reviewer_sanctions set restored_at = ?, restored_by = ?, restore_reason = ?, version = version + 1
				where officer_id = ? and restored_at is null""", Timestamp.from(clock.instant()), legal.officerId(), reason.strip(),
				officerId);
		return restored;
	}

	/** LEGAL lifts a yellow card once the unit has put things right. */
	public void lift(long cardId, long version, String reason, SignedInOfficer legal) {
		requireLegal(legal);
		String unitPath = jdbc.query("select unit_path from yellow_cards where id = ?", (rs, i) -> rs.getString(1), cardId).stream()
			.filter(path -> legal.scope().includes(path)).findFirst()
			.orElseThrow(() -> new NotFoundException("yellowCard.notFound", cardId));
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "validation.required");
		}
		if (reason.strip().length() > 500) {
			throw InvalidInputException.of("reason", "validation.tooLong", 500);
		}
		InvalidInputException.requireStorable("reason", reason);
		int updated = jdbc.update("""
				update yellow_cards set lifted_at = ?, lifted_by = ?, lift_reason = ?, version = version + 1
				where id = ? and version = ? and lifted_at is null""", Timestamp.from(clock.instant()), legal.officerId(),
				reason.strip(), cardId, version);
		if (updated == 0) {
			throw new ConflictException("yellowCard.changed");
		}
		events.publishEvent(AuditEvent.success("YELLOW_CARD_LIFTED", "YELLOW_CARD", cardId, unitPath + ": " + reason.strip()));
	}

	static void requireLegal(SignedInOfficer officer) {
		if (!officer.has(Role.LEGAL)) {
			throw new ForbiddenException("evaluation.legalOnly");
		}
	}

	/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st: the reason is stored in both languages at once. */
	static String ordinal(int n) {
		int lastTwo = n % 100;
		String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}
}
