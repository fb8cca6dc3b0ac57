package org.gongzheng.casework.internal;

import java.time.LocalDate;

import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseType;

/**
 * Filters for the case list. All optional; dates are inclusive days of the report in the user's
 * zone; {@code deadline} selects cases whose next deadline has passed or falls within three days.
 */
public record CaseFilter(CaseState state, CaseType type, Long unitId, LocalDate from, LocalDate to, Long handlerId,
		String keyword, DeadlineFilter deadline) {

	public enum DeadlineFilter {
		OVERDUE, DUE_SOON
	}

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, null, null, null);
	}
}
