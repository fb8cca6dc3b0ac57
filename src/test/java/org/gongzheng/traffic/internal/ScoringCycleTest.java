package org.gongzheng.traffic.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringCycleTest {

	@Test
	void cyclesRunYearByYearFromTheDayTheLicenceWasFirstIssued() {
		ScoringCycle cycle = ScoringCycle.containing(LocalDate.of(2026, 11, 23), LocalDate.of(2012, 5, 8));
		assertThat(cycle.from()).isEqualTo(LocalDate.of(2026, 5, 8));
		assertThat(cycle.lastDay()).isEqualTo(LocalDate.of(2027, 5, 7));
		assertThat(cycle.known()).isTrue();
	}

	@Test
	void theAnniversaryStartsANewCycleAndTheDayBeforeEndsTheOldOne() {
		assertThat(ScoringCycle.containing(LocalDate.of(2026, 5, 8), LocalDate.of(2012, 5, 8)).from())
			.isEqualTo(LocalDate.of(2026, 5, 8));
		assertThat(ScoringCycle.containing(LocalDate.of(2026, 5, 7), LocalDate.of(2012, 5, 8)).from())
			.isEqualTo(LocalDate.of(2025, 5, 8));
	}

	@Test
	void withoutTheIssueDateTheTwelveMonthsBeforeTheViolationCount() {
		ScoringCycle cycle = ScoringCycle.containing(LocalDate.of(2026, 11, 23), null);
		assertThat(cycle.from()).isEqualTo(LocalDate.of(2025, 11, 24));
		assertThat(cycle.lastDay()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(cycle.known()).isFalse();
	}
}
