package org.gongzheng.supervision.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.time.DefaultZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthsTest {

	private final Months months = new Months(Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneId.of("UTC")),
			new DefaultZone(ZoneId.of("Asia/Shanghai")));

	@Test
	void aWrittenMonthIsReadAndABlankOneFallsBack() {
		assertThat(months.parse("month", " 2026-05 ", null)).isEqualTo(YearMonth.of(2026, 5));
		assertThat(months.parse("month", "", YearMonth.of(2026, 11))).isEqualTo(YearMonth.of(2026, 11));
	}

	@Test
	void aMonthBefore1900IsRefusedOnItsFieldLikeAnUnreadableOne() {
		for (String month : new String[] { "0001-01", "1899-12", "-5-01", "2026-13" }) {
			assertThatThrownBy(() -> months.parse("month", month, null)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("evaluation.month.invalid");
		}
	}

	@Test
	void aMonthAfterThisOneIsRefusedAsInTheFuture() {
		assertThatThrownBy(() -> months.parse("month", "+999999999-12", null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> months.parse("month", "2027-01", null)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("validation.notFuture");
	}
}
