package org.gongzheng.organization.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.gongzheng.organization.CalendarDay;

/** Counting working days over the listed days of one stretch of the calendar. */
record WorkingDays(Map<LocalDate, CalendarDay.Kind> listed) {

	boolean isWorkingDay(LocalDate day) {
		CalendarDay.Kind kind = listed.get(day);
		if (kind != null) {
			return kind == CalendarDay.Kind.WORKDAY;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	LocalDate after(LocalDate start, int days) {
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * How far ahead the listed days must reach for {@link #after} to count {@code days} working
	 * days: a week has at least five, and no run of rest days in the annual arrangements is longer
	 * than nine, so this is generous.
	 */
	static LocalDate horizon(LocalDate start, int days) {
		return start.plusDays(days * 2L + 31);
	}
}
