package org.gongzheng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.IntegrationTest;

@IntegrationTest
class SupervisionSchedulingIntegrationTest {

	private final SupervisionScheduling scheduling;

	private final JdbcTemplate jdbc;

	SupervisionSchedulingIntegrationTest(SupervisionScheduling scheduling, JdbcTemplate jdbc) {
		this.scheduling = scheduling;
		this.jdbc = jdbc;
	}

	@Test
	void theScheduledRunHoldsTheShedLockOnTheDatabaseAndRecordsAFullRun() {
		Integer before = jdbc.queryForObject("SELECT count(*) FROM supervision_runs WHERE trigger = 'SCHEDULE'", Integer.class);
		scheduling.scheduledRun();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = 'supervision-engine'", Integer.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision_runs WHERE trigger = 'SCHEDULE' AND scope IS NULL",
				Integer.class)).isEqualTo(before + 1);
		// Within lockAtLeastFor a second instance (or a second call) skips instead of running again.
		scheduling.scheduledRun();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision_runs WHERE trigger = 'SCHEDULE' AND scope IS NULL",
				Integer.class)).isEqualTo(before + 1);
	}
}
