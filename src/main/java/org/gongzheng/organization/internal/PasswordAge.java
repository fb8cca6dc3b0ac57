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
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/** Whether a password set at {@code changedAt} has served its time; never without a limit or a time. */
	public boolean expired(Instant changedAt) {
		return !maxAge.isZero() && !maxAge.isNegative() && changedAt != null
				&& !changedAt.plus(maxAge).isAfter(clock.instant());
	}

	/** The limit in whole days, for messages. */
	public long maxDays() {
		return maxAge.toDays();
	}
}
