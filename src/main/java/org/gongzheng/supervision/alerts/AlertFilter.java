package org.gongzheng.supervision.alerts;

import org.gongzheng.supervision.rules.Severity;

/**
 * Filters of the alert list; every field is optional.
 *
 * @param open only open alerts (true), only closed (false), or both (null); ignored with a status
 * @param unitId alerts of this unit's subtree
 * @param olderThanDays raised more than this many days ago
 * @param escalated only alerts escalated to at least level 1
 * @param caseId alerts about this case
 */
public record AlertFilter(String rule, AlertStatus status, Boolean open, Severity severity, Long unitId,
		Integer olderThanDays, Boolean escalated, Long caseId) {

	/** Further back than any alert: a page's filter is held to it, an API caller asking beyond it is refused. */
	public static final int OLDER_THAN_DAYS_MAX = 36_500;

	public static AlertFilter none() {
		return new AlertFilter(null, null, null, null, null, null, null, null);
	}
}
