package org.gongzheng.organization;

import java.time.LocalDate;

/** A day the calendar lists: a weekday off, or a weekend day worked. */
public record CalendarDay(LocalDate day, Kind kind, String nameZh, String nameEn, String citation) {

	public enum Kind {

		/** A rest day that would otherwise be a working day. */
		HOLIDAY,

		/** A Saturday or Sunday worked in exchange for a day off (调休). */
		WORKDAY
	}
}
