package org.gongzheng.traffic.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A driver's 12-month scoring cycle (MPS Order No. 163): cycles run from the day the licence was
 * first issued, year after year. When that day is not known the 12 months up to the day of the
 * violation are counted instead, and {@code known} says so.
 *
 * @param from the first day of the cycle
 * @param until the day after the last day of the cycle
 */
public record ScoringCycle(LocalDate from, LocalDate until, boolean known) {

	public static final int FULL_SCORE = 12;

	public static ScoringCycle containing(LocalDate day, LocalDate firstIssuedOn) {
		if (firstIssuedOn == null || firstIssuedOn.isAfter(day)) {
			return new ScoringCycle(day.minusMonths(12).plusDays(1), day.plusDays(1), false);
		}
		long years = ChronoUnit.YEARS.between(firstIssuedOn, day);
		return new ScoringCycle(firstIssuedOn.plusYears(years), firstIssuedOn.plusYears(years + 1), true);
	}

	public LocalDate lastDay() {
		return until.minusDays(1);
	}
}
