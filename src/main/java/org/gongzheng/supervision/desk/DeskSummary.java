package org.gongzheng.supervision.desk;

import java.util.List;
import java.util.Map;

/**
 * The desk's overview of a scope.
 *
 * @param openByRule open alerts per rule code
 * @param openByUnit open alerts per unit id, most first
 * @param openByAge open alerts per age bucket (label code → count), youngest first
 * @param assigned alerts ever assigned for rectification
 * @param rectified of those, closed after the legal department accepted the rectification
 * @param overdue open alerts past their due date, not waiting for verification
 * @param waitingForVerification rectifications waiting for the legal department
 */
public record DeskSummary(Map<String, Integer> openByRule, List<UnitCount> openByUnit, Map<String, Integer> openByAge,
		int open, int assigned, int rectified, int overdue, int waitingForVerification, RunRow latestRun) {

	/** Rectified share of assigned alerts in percent, or null before anything was assigned. */
	public Integer rectificationRate() {
		return assigned == 0 ? null : (int) Math.round(100.0 * rectified / assigned);
	}

	public int maxByRule() {
		return openByRule.values().stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	public record UnitCount(long unitId, String unitPath, int count) {
	}
}
