package org.gongzheng.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternsTest {

	@Test
	void wildcardsAndTheEscapeCharacterMatchThemselves() {
		assertThat(LikePatterns.literal("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
	}

	@Test
	void plainTextIsLeftAsItIs() {
		assertThat(LikePatterns.literal("王某殴打他人案 2026-00012")).isEqualTo("王某殴打他人案 2026-00012");
	}
}
