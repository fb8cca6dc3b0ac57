package org.gongzheng.traffic.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlateTypeTest {

	@Test
	void aSmallVehiclePlateIsAProvinceALetterAndFiveCharacters() {
		assertThat(PlateType.SMALL.accepts("青B12345")).isTrue();
		assertThat(PlateType.SMALL.accepts("京AF0236")).isTrue();
		assertThat(PlateType.SMALL.accepts("青B1234")).isFalse();
		assertThat(PlateType.SMALL.accepts("青I12345")).as("the letter I is never used").isFalse();
		assertThat(PlateType.SMALL.accepts("XB12345")).isFalse();
	}

	@Test
	void newEnergyPlatesHaveSixCharacters() {
		assertThat(PlateType.SMALL_NEW_ENERGY.accepts("青BD12345")).isTrue();
		assertThat(PlateType.SMALL_NEW_ENERGY.accepts("青B12345")).isFalse();
		assertThat(PlateType.LARGE_NEW_ENERGY.accepts("青B12345D")).isTrue();
	}

	@Test
	void trailerAndCoachPlatesEndWithTheirCharacter() {
		assertThat(PlateType.TRAILER.accepts("青B1234挂")).isTrue();
		assertThat(PlateType.COACH.accepts("青B1234学")).isTrue();
		assertThat(PlateType.COACH.accepts("青B12345")).isFalse();
	}

	@Test
	void platesAreNormalizedBeforeTheyAreChecked() {
		assertThat(PlateType.normalize(" 青b·12345 ")).isEqualTo("青B12345");
	}
}
