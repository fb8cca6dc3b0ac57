package org.gongzheng.discretion.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionsTest {

	@Test
	void aUnitLooksUpItsDistrictCityProvinceAndFinallyTheStatutoryRanges() {
		assertThat(Jurisdictions.chain("990102510000")).containsExactly("990102", "990100", "990000", "000000");
		assertThat(Jurisdictions.chain("990100190100")).containsExactly("990100", "990000", "000000");
	}

	@Test
	void aCodeWithoutADivisionFallsBackToTheStatutoryRanges() {
		assertThat(Jurisdictions.chain("X1")).containsExactly("000000");
		assertThat(Jurisdictions.chain(null)).containsExactly("000000");
	}
}
