package org.gongzheng.supervision.ranking;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.shared.Languages;

/** Reads stored snapshots, with the names of the people and units in them. */
@Component
@Transactional(readOnly = true)
public class RankingQueries {

	static final RowMapper<RankingTables.Snapshot> SNAPSHOT = (rs, i) -> new RankingTables.Snapshot(rs.getLong(1),
			rs.getString(2), rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant(), rs.getBoolean(5), rs.getString(6));

	private final JdbcTemplate jdbc;

	RankingQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public RankingTables tables(RankingTables.Snapshot snapshot) {
		return new RankingTables(snapshot, officers(snapshot.id()), reviewers(snapshot.id(), null), units(snapshot.id()));
	}

	public List<RankingTables.OfficerEntry> officers(long snapshotId) {
		return jdbc.query("""
				select e.officer_id, o.name, o.police_number, e.unit_id, u.name_zh, u.name_en, e.evaluations, e.average_score,
				    e.alerts, e.place
				from ranking_officer_entries e join officers o on o.id = e.officer_id join units u on u.id = e.unit_id
				where e.snapshot_id = ? order by e.place, o.police_number""",
				(rs, i) -> new RankingTables.OfficerEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBigDecimal(8), rs.getInt(9), rs.getInt(10)),
				snapshotId);
	}

	public List<RankingTables.ReviewerEntry> reviewers(long snapshotId, Long officerId) {
		return jdbc.query("""
				select e.officer_id, o.name, o.police_number, e.unit_id, u.name_zh, u.name_en, e.peer_group, e.signed_cases,
				    e.alerts, e.failed_evaluations, e.faults, e.defect_points, e.place, e.group_size, e.bottom
				from ranking_reviewer_entries e join officers o on o.id = e.officer_id join units u on u.id = e.unit_id
				where e.snapshot_id = ? and (?::bigint is null or e.officer_id = ?)
				order by e.peer_group, e.place, o.police_number""", (rs, i) -> new RankingTables.ReviewerEntry(rs.getLong(1),
				rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
				rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getBoolean(15)),
				snapshotId, officerId, officerId);
	}

	public List<RankingTables.UnitEntry> units(long snapshotId) {
		return jdbc.query("""
				select e.unit_id, u.name_zh, u.name_en, e.peer_group, e.alerts, e.due, e.rectified, e.rectification_rate,
				    e.overdue, e.place, e.group_size, e.bottom
				from ranking_unit_entries e join units u on u.id = e.unit_id
				where e.snapshot_id = ? order by e.peer_group desc, e.place, u.path""",
				(rs, i) -> new RankingTables.UnitEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
						rs.getBoolean(12)),
				snapshotId);
	}

	/** Every placement of an officer, as handler and as reviewer, newest first: for their record. */
	public record Placement(LocalDate month, String table, String peerGroup, int place, int groupSize, boolean bottom,
			String figure, boolean demo) {

		public String monthLabel() {
			return month.toString().substring(0, 7);
		}
	}

	public List<Placement> placementsOf(long officerId) {
		return jdbc.query("""
				select s.month, 'REVIEWER', e.peer_group, e.place, e.group_size, e.bottom, e.defect_points::text, s.demo
				from ranking_reviewer_entries e join ranking_snapshots s on s.id = e.snapshot_id where e.officer_id = ?
				union all
				select s.month, 'OFFICER', null, e.place,
				    (select count(*) from ranking_officer_entries x where x.snapshot_id = e.snapshot_id)::int, false,
				    coalesce(e.average_score::text, '-'), s.demo
				from ranking_officer_entries e join ranking_snapshots s on s.id = e.snapshot_id where e.officer_id = ?
				order by 1 desc""", (rs, i) -> new Placement(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
				rs.getInt(4), rs.getInt(5), rs.getBoolean(6), rs.getString(7), rs.getBoolean(8)), officerId, officerId);
	}

	/** Yellow cards in force or lifted, for a path prefix (a bureau or one unit's subtree). */
	public record YellowCard(long id, long unitId, String unitNameZh, String unitNameEn, String unitPath, LocalDate month,
			String rule, String reason, String reasonEn, java.time.Instant issuedAt, java.time.Instant liftedAt,
			String liftReason, long version) {

		public String unitName(java.util.Locale locale) {
			return Languages.pick(locale, unitNameZh, unitNameEn);
		}

		public String reason(java.util.Locale locale) {
			return Languages.pick(locale, reason, reasonEn);
		}

		public boolean active() {
			return liftedAt == null;
		}

		public String monthLabel() {
			return month.toString().substring(0, 7);
		}
	}

	public List<YellowCard> yellowCards(String pathPrefix, boolean activeOnly) {
		return cards("y.unit_path like ? and (not ? or y.lifted_at is null)", pathPrefix + "%", activeOnly);
	}

	public java.util.Optional<YellowCard> yellowCard(long id) {
		return cards("y.id = ?", id).stream().findFirst();
	}

	/** Active yellow cards of a unit and of the units above it: shown to everyone working there. */
	public List<YellowCard> yellowCardsOver(String unitPath) {
		return cards("? like y.unit_path || '%' and y.lifted_at is null", unitPath);
	}

	private List<YellowCard> cards(String where, Object... args) {
		return jdbc.query("""
				select y.id, y.unit_id, u.name_zh, u.name_en, y.unit_path, y.month, y.rule, y.reason, y.reason_en, y.issued_at,
				    y.lifted_at, y.lift_reason, y.version
				from yellow_cards y join units u on u.id = y.unit_id
				""" + " where " + where + " order by y.issued_at desc", (rs, i) -> {
			Timestamp lifted = rs.getTimestamp(11);
			return new YellowCard(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getTimestamp(10).toInstant(), lifted == null ? null : lifted.toInstant(), rs.getString(12),
					rs.getLong(13));
		}, args);
	}

	public record SanctionRecord(long id, long officerId, String name, String policeNumber, int year, LocalDate triggerMonth,
			int strikes, String reason, String reasonEn, java.time.Instant suspendedAt, java.time.Instant restoredAt,
			String restoreReason) {

		public String reason(java.util.Locale locale) {
			return Languages.pick(locale, reason, reasonEn);
		}
	}

	public List<SanctionRecord> sanctions(String pathPrefix, Long officerId) {
		return jdbc.query("""
				select s.id, s.officer_id, o.name, o.police_number, s.year, s.trigger_month, s.strikes, s.reason, s.reason_en,
				    s.suspended_at, s.restored_at, s.restore_reason
				from reviewer_sanctions s join officers o on o.id = s.officer_id join units u on u.id = o.unit_id
				where u.path like ? and (?::bigint is null or s.officer_id = ?)
				order by s.suspended_at desc""", (rs, i) -> {
			Timestamp restored = rs.getTimestamp(11);
			return new SanctionRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8), rs.getString(9),
					rs.getTimestamp(10).toInstant(), restored == null ? null : restored.toInstant(), rs.getString(12));
		}, pathPrefix + "%", officerId, officerId);
	}

	public record UnitPlacement(LocalDate month, String peerGroup, int alerts, int due, int rectified,
			java.math.BigDecimal rectificationRate, int overdue, int place, int groupSize, boolean bottom, boolean demo) {

		public String monthLabel() {
			return month.toString().substring(0, 7);
		}
	}

	public List<UnitPlacement> unitPlacements(long unitId) {
		return jdbc.query("""
				select s.month, e.peer_group, e.alerts, e.due, e.rectified, e.rectification_rate, e.overdue, e.place,
				    e.group_size, e.bottom, s.demo
				from ranking_unit_entries e join ranking_snapshots s on s.id = e.snapshot_id
				where e.unit_id = ? order by s.month desc""", (rs, i) -> new UnitPlacement(rs.getObject(1, LocalDate.class),
				rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6), rs.getInt(7), rs.getInt(8),
				rs.getInt(9), rs.getBoolean(10), rs.getBoolean(11)), unitId);
	}

	/** Officers of a bureau whose approval rights are suspended, by whatever cause. */
	/** The bureau's officers whose approval rights are suspended, each with the version a restore must name. */
	public Map<Long, Long> suspendedOfficers(String bureauPath) {
		Map<Long, Long> versions = new LinkedHashMap<>();
		jdbc.query("""
				select o.id, o.version from officers o join units u on u.id = o.unit_id
				where o.approval_rights_suspended and u.path like ?""", rs -> {
			versions.put(rs.getLong(1), rs.getLong(2));
		}, bureauPath + "%");
		return versions;
	}
}
