package org.gongzheng.supervision.ranking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The English half of a suspension's reason counts placements the way English does. */
class SanctionReasonTest {

	@Test
	void placementsAreCountedWithEnglishOrdinals() {
		assertThat(Sanctions.ordinal(1)).isEqualTo("1st");
		assertThat(Sanctions.ordinal(2)).isEqualTo("2nd");
		assertThat(Sanctions.ordinal(3)).isEqualTo("3rd");
		assertThat(Sanctions.ordinal(4)).isEqualTo("4th");
		assertThat(Sanctions.ordinal(11)).isEqualTo("11th");
		assertThat(Sanctions.ordinal(12)).isEqualTo("12th");
		assertThat(Sanctions.ordinal(13)).isEqualTo("13th");
		assertThat(Sanctions.ordinal(21)).isEqualTo("21st");
		assertThat(Sanctions.ordinal(112)).isEqualTo("112th");
	}
}
