package org.gongzheng.shared.events;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CompletedPublicationsCleanupIntegrationTest {

	private static final String LISTENER = "cleanup-test-listener";

	private final CompletedPublicationsCleanup cleanup;

	private final JdbcTemplate jdbc;

	CompletedPublicationsCleanupIntegrationTest(CompletedPublicationsCleanup cleanup, JdbcTemplate jdbc) {
		this.cleanup = cleanup;
		this.jdbc = jdbc;
	}

	@AfterEach
	void removeTheRowsOfThisTest() {
		jdbc.update("delete from event_publication where listener_id = ?", LISTENER);
	}

	@Test
	void publicationsCompletedLongAgoAreDeletedAndRecentOrUnfinishedOnesKept() {
		UUID old = publication("now() - interval '40 days'", "now() - interval '40 days'");
		UUID recent = publication("now() - interval '40 days'", "now() - interval '1 day'");
		UUID unfinished = publication("now() - interval '40 days'", null);

		cleanup.deleteOld();

		assertThat(jdbc.queryForList("select id from event_publication where listener_id = ?", UUID.class, LISTENER))
			.containsExactlyInAnyOrder(recent, unfinished)
			.doesNotContain(old);
	}

	private UUID publication(String publishedAt, String completedAt) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				                               completion_date, status, completion_attempts)
				values (?, ?, 'java.lang.String', '"x"', %s, %s, %s, 1)""".formatted(publishedAt,
				completedAt == null ? "null" : completedAt, completedAt == null ? "'PROCESSING'" : "'COMPLETED'"), id,
				LISTENER);
		return id;
	}
}
