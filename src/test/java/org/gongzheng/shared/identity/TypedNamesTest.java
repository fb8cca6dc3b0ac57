package org.gongzheng.shared.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypedNamesTest {

	@Test
	void charactersThatDrawNothingAreLeftOut() {
		assertThat(TypedNames.person("王\u200B芳")).isEqualTo("王芳");
		assertThat(TypedNames.person("\uFEFF王芳\u200D")).isEqualTo("王芳");
		assertThat(TypedNames.person("李\u00AD\u200E明")).isEqualTo("李明");
	}

	@Test
	void theSeparatorOfMinorityAndForeignNamesIsOneMiddleDotWhateverWasTyped() {
		assertThat(TypedNames.person("买买提•吐尔逊")).isEqualTo("买买提·吐尔逊");
		assertThat(TypedNames.person("买买提・吐尔逊")).isEqualTo("买买提·吐尔逊");
		assertThat(TypedNames.person("买买提 ‧ 吐尔逊")).isEqualTo("买买提·吐尔逊");
		assertThat(TypedNames.person("买买提·吐尔逊")).isEqualTo("买买提·吐尔逊");
	}

	@Test
	void spacesPaddingAChineseNameAreLeftOutAndALatinNameKeepsOneSpace() {
		assertThat(TypedNames.person("王　芳")).isEqualTo("王芳");
		assertThat(TypedNames.person(" 欧阳  娜娜 ")).isEqualTo("欧阳娜娜");
		assertThat(TypedNames.person("John\u00A0\u00A0Smith ")).isEqualTo("John Smith");
		assertThat(TypedNames.person("ＪＯＨＮ　ＳＭＩＴＨ")).isEqualTo("JOHN SMITH");
	}

	@Test
	void rareCharactersAndCaseAreKeptAsTyped() {
		assertThat(TypedNames.person("𠮷野家")).isEqualTo("𠮷野家");
		assertThat(TypedNames.person("王\uF900")).isEqualTo("王\uF900");
		assertThat(TypedNames.person("de la Cruz")).isEqualTo("de la Cruz");
	}

	@Test
	void nothingVisibleIsEmptyAndNullStaysNull() {
		assertThat(TypedNames.person("\u200B\u00A0")).isEmpty();
		assertThat(TypedNames.person(null)).isNull();
	}
}
