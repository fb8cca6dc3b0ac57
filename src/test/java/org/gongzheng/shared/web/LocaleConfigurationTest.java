package org.gongzheng.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleConfigurationTest {

	@Test
	void anApiCallerGetsTheFirstLanguageItAcceptsThatTheProductSpeaks() {
		assertThat(LocaleConfiguration.spokenOf("en-GB,en;q=0.9")).isEqualTo(Locale.ENGLISH);
		assertThat(LocaleConfiguration.spokenOf("fr, en;q=0.5")).isEqualTo(Locale.ENGLISH);
		assertThat(LocaleConfiguration.spokenOf("zh-CN,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(LocaleConfiguration.spokenOf("en;q=0.5, zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void aHeaderNamingNeitherLanguageOrUnreadableMeansChinese() {
		for (String header : new String[] { null, "de-DE", "*", ",,,", "en;q=abc", "x".repeat(3000) }) {
			assertThat(LocaleConfiguration.spokenOf(header)).as(header).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		}
	}
}
