package org.gongzheng.shared.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

	@Test
	void aDataFolderThatSurvivesRestartsIsWrittenDurably() {
		assertThat(EmbeddedPostgresServer.durability(false)).containsEntry("fsync", "on")
			.containsEntry("synchronous_commit", "on");
	}

	@Test
	void aFolderWipedOnEveryStartKeepsTheFastTestSettings() {
		assertThat(EmbeddedPostgresServer.durability(true)).isEmpty();
	}
}
