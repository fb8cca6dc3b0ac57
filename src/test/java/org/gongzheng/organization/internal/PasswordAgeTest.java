package org.gongzheng.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PasswordAgeTest {

	private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void withoutALimitNoPasswordExpires() {
		assertThat(new PasswordAge(Duration.ZERO, CLOCK).expired(NOW.minus(Duration.ofDays(3650)))).isFalse();
	}

	@Test
	void aPasswordExpiresOnceItHasServedTheLimit() {
		PasswordAge age = new PasswordAge(Duration.ofDays(90), CLOCK);
		assertThat(age.expired(NOW.minus(Duration.ofDays(89)))).isFalse();
		assertThat(age.expired(NOW.minus(Duration.ofDays(90)))).isTrue();
		assertThat(age.maxDays()).isEqualTo(90);
	}

	@Test
	void aLimitShorterThanADayIsRefusedAtStartWithWhatToSet() {
		assertThatIllegalStateException().isThrownBy(() -> new PasswordAge(Duration.ofMinutes(30), CLOCK))
			.withMessageContaining("at least one day");
		assertThatIllegalStateException().isThrownBy(() -> new PasswordAge(Duration.ofDays(-1), CLOCK));
	}

	@Test
	void aPasswordWithoutARecordedTimeDoesNotExpire() {
		assertThat(new PasswordAge(Duration.ofDays(90), CLOCK).expired(null)).isFalse();
	}
}
