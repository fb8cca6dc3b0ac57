package org.gongzheng.organization;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A day the calendar lists: a weekday off, or a weekend day worked, with the notice or law that
 * arranged it ({@code citation} as published, {@code citationEn} an English rendering, if given).
 */
public record CalendarDay(LocalDate day, Kind kind, String nameZh, String nameEn, String citation, String citationEn) {

	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	public String citation(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && citationEn != null ? citationEn : citation;
	}

	public enum Kind {

		/** A rest day that would otherwise be a working day. */
		HOLIDAY,

		/** A Saturday or Sunday worked in exchange for a day off (调休). */
		WORKDAY
	}
}
