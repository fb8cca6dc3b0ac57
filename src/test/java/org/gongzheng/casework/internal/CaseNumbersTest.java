package org.gongzheng.casework.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseNumbersTest {

	@Test
	void aNumberIsUnitCodeYearAndFiveDigitSequence() {
		assertThat(CaseNumbers.format("990102510000", 2026, 42)).isEqualTo("990102510000-2026-00042");
	}

	@Test
	void sequencesBeyondFiveDigitsStillFormat() {
		assertThat(CaseNumbers.format("990102510000", 2026, 123456)).isEqualTo("990102510000-2026-123456");
	}
}
