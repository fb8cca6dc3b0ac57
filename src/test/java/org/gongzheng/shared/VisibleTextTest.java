package org.gongzheng.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTextTest {

	@Test
	void nonBreakingZeroWidthAndFullWidthSpacesShowNothing() {
		for (String blank : new String[] { " ", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u2060", "\u202f",
				"\u2007", "\u3164", "\u2800", "\t\r\n", "\u00a0\u200b\u3000 \ufeff", "\u200e\u200f" }) {
			assertThat(VisibleText.none(blank)).as(PrintableText.named(blank.codePointAt(0))).isTrue();
		}
	}

	@Test
	void textWithAnyVisibleCharacterShowsSomething() {
		for (String text : new String[] { "补", "\u00a0请补充笔录\u00a0", "\u200b。", "😀", "\u0626\u0649\u200f",
				"𪚥" }) {
			assertThat(VisibleText.none(text)).as(text).isFalse();
		}
	}

	@Test
	void nothingSentIsNotTextThatShowsNothing() {
		assertThat(VisibleText.none(null)).isFalse();
		assertThat(VisibleText.none("")).isFalse();
	}

	@Test
	void formatCharactersAreTakenOutOfTextThatOtherwiseStaysAsTyped() {
		assertThat(VisibleText.withoutFormatCharacters("寻衅\u200b滋事\ufeff案")).isEqualTo("寻衅滋事案");
		assertThat(VisibleText.withoutFormatCharacters("\u200e张某 · 李某\u00ad（男）")).isEqualTo("张某 · 李某（男）");
		assertThat(VisibleText.withoutFormatCharacters("王某殴打他人案")).isEqualTo("王某殴打他人案");
		assertThat(VisibleText.withoutFormatCharacters(null)).isNull();
	}
}
