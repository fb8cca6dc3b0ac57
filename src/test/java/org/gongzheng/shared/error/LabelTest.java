package org.gongzheng.shared.error;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A name kept in both languages reads, inside a message, in the language of the message's reader. */
class LabelTest {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void aLinkNameInAMessageIsTheChineseOneForAChineseReaderAndTheEnglishOneForAnEnglishReader() {
		Object[] link = { Label.of("局领导审批", "Leader") };

		assertThat(messages.getMessage("approval.noSigner", link, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("环节“局领导审批”找不到可以签批的民警。");
		assertThat(messages.getMessage("approval.noSigner", link, Locale.ENGLISH))
			.isEqualTo("Nobody can sign the link \"Leader\".");
	}

	@Test
	void aNameWithoutAnEnglishTextReadsInChineseForAnEnglishReaderToo() {
		assertThat(messages.getMessage("approval.noSigner", new Object[] { Label.of("局领导审批", null) }, Locale.ENGLISH))
			.isEqualTo("Nobody can sign the link \"局领导审批\".");
		assertThat(messages.getMessage("approval.noSigner", new Object[] { Label.of("局领导审批", " ") }, Locale.ENGLISH))
			.isEqualTo("Nobody can sign the link \"局领导审批\".");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/common", "messages/approval");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
