package org.gongzheng.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputTextTest {

	@Test
	void lineBreaksAreReadAsOneCharacterEachAsTheBrowserCountedThem() {
		assertThat(InputText.read("第一段\r\n第二段\r第三段\n第四段")).isEqualTo("第一段\n第二段\n第三段\n第四段");
		assertThat(InputText.read("补".repeat(1990) + "\r\n".repeat(10))).hasSize(2000);
	}

	@Test
	void textInWhichNothingShowsIsReadAsEmpty() {
		assertThat(InputText.read("\u00a0\r\n\u200b")).isEmpty();
		assertThat(InputText.read("")).isEmpty();
		assertThat(InputText.read(null)).isNull();
	}

	@Test
	void otherTextIsReadAsSent() {
		String text = "\u00a0请补充笔录\t（见第2页）\u00a0";
		assertThat(InputText.read(text)).isSameAs(text);
	}
}
