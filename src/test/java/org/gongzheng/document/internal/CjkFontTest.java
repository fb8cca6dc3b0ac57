package org.gongzheng.document.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CjkFontTest {

	@Test
	void aMissingConfiguredFontFallsBackToTheSystemOrSaysWhatToInstall() throws Exception {
		try (CjkFont font = CjkFont.locate("/nonexistent/font.ttf", null)) {
			assertThat(font.description()).isNotBlank();
			byte[] subset = font.subset("行政处罚决定书");
			assertThat(subset.length).isBetween(1_000, 200_000);
		}
		catch (FontUnavailableException ex) {
			assertThat(ex.getMessage()).contains("/nonexistent/font.ttf").contains("fonts-noto-cjk")
				.contains("gongzheng.documents.font");
			assertThat(ex.messageCode()).isEqualTo("document.font.missing");
		}
	}
}
