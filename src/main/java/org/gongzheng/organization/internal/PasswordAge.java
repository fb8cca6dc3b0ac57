package org.gongzheng.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a password may serve ({@code gongzheng.passwords.max-age}); zero, the default, is for
 * ever. An expired password is treated like one an administrator set: it must be replaced before
 * anything else.
 */
@Component
public class PasswordAge {

	private final Duration maxAge;

	private final Clock clock;

	PasswordAge(@Value("${gongzheng.passwords.max-age:0d}") Duration maxAge, Clock clock) {
		if (!maxAge.isZero() && maxAge.compareTo(Duration.ofDays(1)) < 0) {
			// Counted and shown in days; a shorter limit would send everyone to the change form at once.
			throw new IllegalStateException("gongzheng.passwords.max-age (GONGZHENG_PASSWORDS_MAX_AGE) is " + maxAge
					+ ": set 0 for passwords that do not expire, or at least one day (e.g. 90d)");
		}
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/** Whether a password set at {@code changedAt} has served its time; never without a limit or a time. */
	public boolean expired(Instant changedAt) {
		return !maxAge.isZero() && changedAt != null
				&& !changedAt.plus(maxAge).isAfter(clock.instant());
	}

	/** The limit in whole days, for messages. */
	public long maxDays() {
		return maxAge.toDays();
	}
}
