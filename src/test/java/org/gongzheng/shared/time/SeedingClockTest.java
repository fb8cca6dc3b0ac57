package org.gongzheng.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedingClockTest {

	private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

	private final SeedingClock clock = new SeedingClock(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void readsTheRealTimeUntilASeederSetsIt() {
		assertThat(clock.instant()).isEqualTo(NOW);
	}

	@Test
	void aSetClockRunsBehindOnlyOnTheSeedersThread() throws Exception {
		Instant story = NOW.minus(Duration.ofDays(30));
		clock.set(story);

		assertThat(clock.instant()).isEqualTo(story);
		assertThat(CompletableFuture.supplyAsync(clock::instant).get()).isEqualTo(NOW);
	}

	@Test
	void aCopyInAnotherZoneKeepsTheSeedersTime() {
		Instant story = NOW.minus(Duration.ofDays(3));
		clock.set(story);

		Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));

		assertThat(shanghai.instant()).isEqualTo(story);
		assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void advancingNeverMovesTheClockBackNorAheadOfTheRealTime() {
		clock.set(NOW.minus(Duration.ofDays(10)));

		clock.advanceTo(NOW.minus(Duration.ofDays(12)));
		assertThat(clock.instant()).isEqualTo(NOW.minus(Duration.ofDays(10)));

		clock.advanceTo(NOW.minus(Duration.ofDays(9)));
		assertThat(clock.instant()).isEqualTo(NOW.minus(Duration.ofDays(9)));

		clock.advanceTo(NOW.plus(Duration.ofDays(1)));
		assertThat(clock.instant()).isEqualTo(NOW);
	}

	@Test
	void aReleasedClockReadsTheRealTimeAndIsNotMovedByAdvancing() {
		clock.set(NOW.minus(Duration.ofDays(10)));
		clock.release();

		clock.advanceTo(NOW.minus(Duration.ofDays(1)));

		assertThat(clock.instant()).isEqualTo(NOW);
	}

	@Test
	void theAuditLogReadsTheRealTimeBehindASeedingClock() {
		clock.set(NOW.minus(Duration.ofDays(10)));

		assertThat(SeedingClock.real(clock).instant()).isEqualTo(NOW);
		assertThat(SeedingClock.of(Clock.systemUTC())).isEmpty();
	}
}
