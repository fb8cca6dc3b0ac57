package org.gongzheng.supervision.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gongzheng.shared.Languages;

/** One month's published ranking: the snapshot and its three tables, best place first. */
public record RankingTables(Snapshot snapshot, List<OfficerEntry> officers, List<ReviewerEntry> reviewers,
		List<UnitEntry> units) {

	public record Snapshot(long id, String bureauPath, LocalDate month, Instant computedAt, boolean demo, String note) {

		public String monthLabel() {
			return month.toString().substring(0, 7);
		}
	}

	public record OfficerEntry(long officerId, String name, String policeNumber, long unitId, String unitNameZh,
			String unitNameEn, int evaluations, BigDecimal averageScore, int alerts, int place) {

		public String unitName(Locale locale) {
			return Languages.pick(locale, unitNameZh, unitNameEn);
		}
	}

	public record ReviewerEntry(long officerId, String name, String policeNumber, long unitId, String unitNameZh,
			String unitNameEn, String peerGroup, int signedCases, int alerts, int failedEvaluations, int faults,
			int defectPoints, int place, int groupSize, boolean bottom) {

		public String unitName(Locale locale) {
			return Languages.pick(locale, unitNameZh, unitNameEn);
		}
	}

	public record UnitEntry(long unitId, String nameZh, String nameEn, String peerGroup, int alerts, int due,
			int rectified, BigDecimal rectificationRate, int overdue, int place, int groupSize, boolean bottom) {

		public String name(Locale locale) {
			return Languages.pick(locale, nameZh, nameEn);
		}
	}
}
