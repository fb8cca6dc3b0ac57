package org.gongzheng.shared.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A list handed to a message reads as a list in the reader's language. */
class MessagesTest {

	private final Messages messages;

	MessagesTest() {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage("unread", Locale.SIMPLIFIED_CHINESE, "未阅：{0}。");
		source.addMessage("unread", Locale.ENGLISH, "Not opened: {0}.");
		this.messages = new Messages(source);
	}

	@Test
	void aListArgumentIsJoinedTheWayEachLanguageWritesAList() {
		List<String> titles = List.of("询问笔录", "现场执法记录仪视频");
		assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "unread", titles)).isEqualTo("未阅：询问笔录、现场执法记录仪视频。");
		assertThat(messages.get(Locale.ENGLISH, "unread", titles)).isEqualTo("Not opened: 询问笔录, 现场执法记录仪视频.");
	}

	@Test
	void otherArgumentsPassUnchanged() {
		assertThat(messages.get(Locale.ENGLISH, "unread", "one")).isEqualTo("Not opened: one.");
		assertThat(messages.get(Locale.ENGLISH, "missing")).isEqualTo("missing");
	}
}
