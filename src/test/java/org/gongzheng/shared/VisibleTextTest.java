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
}
