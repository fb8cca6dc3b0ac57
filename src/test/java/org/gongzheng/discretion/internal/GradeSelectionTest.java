package org.gongzheng.discretion.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gongzheng.discretion.Grade;

import static org.assertj.core.api.Assertions.assertThat;

class GradeSelectionTest {

	private static final Set<Grade> ALL = EnumSet.allOf(Grade.class);

	@Test
	void withoutCircumstancesTheOrdinaryGradeApplies() {
		assertThat(GradeSelection.select(List.of(), ALL).grade()).isEqualTo(Grade.ORDINARY);
		assertThat(GradeSelection.select(List.of(), ALL).reasonCode()).isEqualTo("grade.reason.none");
	}

	@Test
	void theMostLenientCircumstanceDecides() {
		assertThat(GradeSelection.select(List.of(Grade.LIGHTER), ALL).grade()).isEqualTo(Grade.LIGHTER);
		assertThat(GradeSelection.select(List.of(Grade.LIGHTER, Grade.MITIGATED), ALL).grade()).isEqualTo(Grade.MITIGATED);
		assertThat(GradeSelection.select(List.of(Grade.LIGHTER, Grade.NO_PENALTY), ALL).grade()).isEqualTo(Grade.NO_PENALTY);
	}

	@Test
	void anAggravatingCircumstanceAloneSelectsHeavier() {
		assertThat(GradeSelection.select(List.of(Grade.HEAVIER, Grade.HEAVIER), ALL).grade()).isEqualTo(Grade.HEAVIER);
	}

	@Test
	void aggravatingAndLenientCircumstancesOffsetToOrdinary() {
		GradeSelection.Selected selected = GradeSelection.select(List.of(Grade.HEAVIER, Grade.MITIGATED), ALL);
		assertThat(selected.grade()).isEqualTo(Grade.ORDINARY);
		assertThat(selected.reasonCode()).isEqualTo("grade.reason.offset");
	}

	@Test
	void aGradeTheStandardDoesNotDefineFallsBackTowardsOrdinary() {
		Set<Grade> noNoPenalty = EnumSet.of(Grade.LIGHTER, Grade.ORDINARY, Grade.HEAVIER);
		GradeSelection.Selected selected = GradeSelection.select(List.of(Grade.NO_PENALTY), noNoPenalty);
		assertThat(selected.grade()).isEqualTo(Grade.LIGHTER);
		assertThat(selected.reasonCode()).isEqualTo("grade.reason.fallback");
		assertThat(selected.wanted()).isEqualTo(Grade.NO_PENALTY);
		assertThat(GradeSelection.select(List.of(Grade.HEAVIER), EnumSet.of(Grade.ORDINARY)).grade())
			.isEqualTo(Grade.ORDINARY);
	}
}
