package org.gongzheng.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTextTest {

	@Test
	void tabsLineBreaksChineseEmojiAndRightToLeftMarksArePrintable() {
		String text = "第一行\t甲\r\n第二行 😀 \u00a0 \u202b\u0626\u0649\u202c\u200f \u2067x\u2069";
		assertThat(PrintableText.firstUnprintable(text)).isEqualTo(-1);
		assertThat(PrintableText.printable(text)).isSameAs(text);
	}

	@Test
	void controlCharactersTheTwoNonCharactersAndTheOverridesThatReverseTextAreNot() {
		for (char c : new char[] { '\0', '\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\u007f', '\u0085', '\u009f',
				'\u202d', '\u202e', '\ufffe', '\uffff' }) {
			assertThat(PrintableText.firstUnprintable("甲" + c + "乙")).as(PrintableText.named(c)).isEqualTo(c);
		}
	}

	@Test
	void theFirstUnprintableCharacterIsTheOneNamed() {
		assertThat(PrintableText.firstUnprintable("案\u000b件\u0001")).isEqualTo(0x0b);
		assertThat(PrintableText.named(0x0b)).isEqualTo("U+000B");
		assertThat(PrintableText.named(0xfffe)).isEqualTo("U+FFFE");
	}

	@Test
	void printingLeavesOutOnlyTheUnprintableCharacters() {
		assertThat(PrintableText.printable("控制\u0001字符\u000b案\u001f\ufffe末\n")).isEqualTo("控制字符案末\n");
		assertThat(PrintableText.printable(null)).isNull();
	}
}
