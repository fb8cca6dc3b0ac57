package org.gongzheng.organization.internal;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gongzheng.organization.CalendarDay;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

	private static final LocalDate FRIDAY = LocalDate.of(2026, 9, 18);

	@Test
	void weekendsAreSkippedWhenNothingIsListed() {
		WorkingDays days = new WorkingDays(Map.of());
		assertThat(days.after(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 9, 21));
		assertThat(days.after(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 9, 25));
		assertThat(days.after(FRIDAY, 0)).isEqualTo(FRIDAY);
	}

	@Test
	void aListedHolidayIsSkippedAndAListedWeekendWorkdayCounts() {
		WorkingDays days = new WorkingDays(Map.of(LocalDate.of(2026, 9, 25), CalendarDay.Kind.HOLIDAY,
				LocalDate.of(2026, 9, 27), CalendarDay.Kind.WORKDAY));
		// Mon 21 .. Thu 24 are four; Fri 25 is the Mid-Autumn holiday; Sun 27 is worked.
		assertThat(days.after(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 9, 27));
		assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 26))).isFalse();
	}

	@Test
	void theHorizonReachesPastTheLongestRunOfRestDays() {
		assertThat(WorkingDays.horizon(FRIDAY, 3)).isAfterOrEqualTo(FRIDAY.plusDays(3 + 9 + 4));
	}
}
