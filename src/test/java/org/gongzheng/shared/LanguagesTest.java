package org.gongzheng.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bilingual data reads in the reader's language, Chinese when no English text exists. */
class LanguagesTest {

	@Test
	void anEnglishReaderGetsTheEnglishTextAndEveryoneElseTheChinese() {
		assertThat(Languages.pick(Locale.ENGLISH, "审核", "Review")).isEqualTo("Review");
		assertThat(Languages.pick(Locale.UK, "审核", "Review")).isEqualTo("Review");
		assertThat(Languages.pick(Locale.SIMPLIFIED_CHINESE, "审核", "Review")).isEqualTo("审核");
		assertThat(Languages.pick(null, "审核", "Review")).isEqualTo("审核");
	}

	@Test
	void aMissingEnglishTextFallsBackToTheChinese() {
		assertThat(Languages.pick(Locale.ENGLISH, "拟对张某作出处罚", null)).isEqualTo("拟对张某作出处罚");
	}

	@Test
	void listsAreSeparatedAsEachLanguageWritesThem() {
		assertThat(Languages.listSeparator(Locale.ENGLISH)).isEqualTo(", ");
		assertThat(Languages.listSeparator(Locale.SIMPLIFIED_CHINESE)).isEqualTo("、");
	}
}
