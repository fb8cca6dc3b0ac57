package org.gongzheng.document.internal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.gongzheng.Pdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PdfRendererTest {

	/** 𪚥 (U+2A6A5), a character of names in CJK extension B. */
	private static final String RARE = new String(Character.toChars(0x2A6A5));

	private final PdfRenderer renderer = new PdfRenderer("", "", "");

	@AfterEach
	void close() throws Exception {
		renderer.close();
	}

	@Test
	void aRareCharacterOfANameIsPrintedFromAFallbackFontInsteadOfAHash() {
		assumeTrue(hasChineseFont(), "No font with Chinese glyphs on this machine: apt-get install fonts-noto-cjk");
		assumeTrue(!CjkFont.inSystemFolders(List.of("HanaMinB.ttf")).isEmpty(),
				"No font with CJK extension B on this machine: apt-get install fonts-hanazono");

		byte[] pdf = renderer.render("<div class=\"document\"><h1>王" + RARE + "案</h1><p>当事人：王" + RARE + "，男。</p></div>",
				"王" + RARE);

		assertThat(Pdfs.visibleFlatText(pdf)).contains("王" + RARE + "案").contains("当事人：王" + RARE + "，男。")
			.doesNotContain("#");
		assertThat(renderer.unprintable("王" + RARE)).isEmpty();
	}

	@Test
	void charactersNoFontDrawsAreNamedWhileSpacesAndInvisibleMarksAreNot() {
		assumeTrue(hasChineseFont(), "No font with Chinese glyphs on this machine: apt-get install fonts-noto-cjk");

		// A private-use character, as older systems stored rare characters, has no glyph in any font.
		assertThat(renderer.unprintable("王\uE000 明\u200B\u3000，\uFE0F")).containsExactly(0xE000);
	}

	private boolean hasChineseFont() {
		try {
			renderer.checkFont();
			return true;
		}
		catch (FontUnavailableException ex) {
			return false;
		}
	}
}
