package org.gongzheng.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlausibleDatesTest {

	@Test
	void datesFromTheFirstDayOf1900ToTheLastOf9999ArePlausible() {
		assertThat(PlausibleDates.plausible(LocalDate.of(1900, 1, 1))).isTrue();
		assertThat(PlausibleDates.plausible(LocalDate.of(9999, 12, 31))).isTrue();
		assertThat(PlausibleDates.plausible(LocalDate.of(1899, 12, 31))).isFalse();
		assertThat(PlausibleDates.plausible(LocalDate.of(10000, 1, 1))).isFalse();
	}

	@Test
	void aYearTypedWithOneDigitTooManyIsNot() {
		assertThat(PlausibleDates.plausible(LocalDateTime.of(20266, 1, 1, 10, 0))).isFalse();
		assertThat(PlausibleDates.plausible(YearMonth.of(20266, 1))).isFalse();
		assertThat(PlausibleDates.plausible(OffsetDateTime.of(20266, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC))).isFalse();
	}

	@Test
	void anInstantAtEitherEndIsPlausibleInAnyZone() {
		assertThat(PlausibleDates.plausible(Instant.parse("1899-12-31T16:00:00Z"))).isTrue();
		assertThat(PlausibleDates.plausible(Instant.parse("9999-12-31T23:59:59Z"))).isTrue();
		assertThat(PlausibleDates.plausible(Instant.MIN)).isFalse();
		assertThat(PlausibleDates.plausible(Instant.MAX)).isFalse();
	}

	@Test
	void nothingAndValuesOfOtherTypesAreNotItsConcern() {
		assertThat(PlausibleDates.plausible(null)).isTrue();
		assertThat(PlausibleDates.plausible("0001-01-01")).isTrue();
	}

	@Test
	void anImplausibleDateIsRefusedAsAnArgument() {
		assertThat(PlausibleDates.requirePlausible(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThatIllegalArgumentException().isThrownBy(() -> PlausibleDates.requirePlausible(LocalDate.MAX))
			.withMessageContaining("1900 to 9999");
	}
}
