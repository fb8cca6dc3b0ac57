package org.gongzheng.supervision.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gongzheng.shared.error.FieldProblems;

class ParameterSpecTest {

	@Test
	void aNumberWithinItsBoundsIsKeptAndOneOutsideIsNamedByItsField() {
		ParameterSpec hours = new ParameterSpec.Number("hours", 1, 720);
		FieldProblems problems = new FieldProblems();
		assertThat(hours.check("24", problems)).isEqualTo(24);
		assertThat(hours.check(720, problems)).isEqualTo(720);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(hours.check(0, problems)).isNull();
		assertThat(hours.check("1.5", problems)).isNull();
		assertThat(hours.check(null, problems)).isNull();
		assertThat(problems.isEmpty()).isFalse();
	}

	@Test
	void aMaterialMapAcceptsOnlyKnownStatesAndMaterialTypes() {
		ParameterSpec required = new ParameterSpec.ListMap("requiredMaterials", Set.of("DECIDED"), Set.of("INQUIRY_RECORD"));
		FieldProblems problems = new FieldProblems();
		assertThat(required.check(Map.of("DECIDED", List.of("INQUIRY_RECORD")), problems))
			.isEqualTo(Map.of("DECIDED", List.of("INQUIRY_RECORD")));
		assertThat(problems.isEmpty()).isTrue();
		assertThat(required.check(Map.of("OPEN", List.of("INQUIRY_RECORD")), problems)).isNull();
		assertThat(required.check(Map.of("DECIDED", List.of("PHOTO")), problems)).isNull();
		assertThat(required.check(Map.of("DECIDED", List.of()), problems)).isNull();
		assertThat(required.check("[]", problems)).isNull();
	}

	@Test
	void aDurationMapNeedsWholeNumbersInRangeForKnownMeasures() {
		ParameterSpec days = new ParameterSpec.NumberMap("measureMaxDays", Set.of("CRIMINAL_DETENTION"), 1, 3650);
		FieldProblems problems = new FieldProblems();
		assertThat(days.check(Map.of("CRIMINAL_DETENTION", 37), problems)).isEqualTo(Map.of("CRIMINAL_DETENTION", 37));
		assertThat(days.check(Map.of("CRIMINAL_DETENTION", 0), problems)).isNull();
		assertThat(days.check(Map.of("SUMMONS", 1), problems)).isNull();
	}

	@Test
	void everyRuleWithParametersHasSpecsForExactlyTheParametersItsSeedUses() {
		assertThat(ParameterSpecs.of("INTAKE_NOT_ACCEPTED")).extracting(ParameterSpec::name).containsExactly("hours");
		assertThat(ParameterSpecs.of("FILED_WITHOUT_REQUIRED_MATERIALS")).extracting(ParameterSpec::name)
			.containsExactly("graceHours", "requiredMaterials");
		assertThat(ParameterSpecs.of("PENALTY_OUT_OF_RANGE")).isEmpty();
	}
}
