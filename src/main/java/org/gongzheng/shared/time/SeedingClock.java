package org.gongzheng.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The clock of a deployment that seeds demo data. A demo case tells a story that took weeks: it is
 * reported, filed, reviewed and signed link by link, decided and closed. Services stamp what they
 * write with the clock's time, so a seeder moves the clock, on its own thread only, to each step of
 * the story; the signatures, requests and timeline entries it causes then carry the story's times
 * instead of all carrying the minute the demo was loaded. The clock only runs behind the real time,
 * never ahead; every other thread, and the seeder once it releases the clock, read the real time.
 */
public final class SeedingClock extends Clock {

	private final Clock real;

	/** How far this thread's clock runs behind the real one; shared with the zone copies. */
	private final ThreadLocal<Duration> behind;

	public SeedingClock(Clock real) {
		this(real, new ThreadLocal<>());
	}

	private SeedingClock(Clock real, ThreadLocal<Duration> behind) {
		this.real = real;
		this.behind = behind;
	}

	/** The seeding clock behind {@code clock}, if it is one. */
	public static Optional<SeedingClock> of(Clock clock) {
		return clock instanceof SeedingClock seeding ? Optional.of(seeding) : Optional.empty();
	}

	/** The real time, for records that must say when they were written, such as the audit log. */
	public static Clock real(Clock clock) {
		return clock instanceof SeedingClock seeding ? seeding.real : clock;
	}

	/** Sets this thread's clock to {@code at} (the real time if {@code at} is later), going on from there. */
	public void set(Instant at) {
		Duration gap = Duration.between(at, real.instant()).truncatedTo(ChronoUnit.MICROS);
		behind.set(gap.isNegative() ? Duration.ZERO : gap);
	}

	/** Moves this thread's clock forward to {@code at}; a clock already past it, or a released one, stays. */
	public void advanceTo(Instant at) {
		if (behind.get() != null && at.isAfter(instant())) {
			set(at);
		}
	}

	/** Returns this thread to the real time. */
	public void release() {
		behind.remove();
	}

	@Override
	public Instant instant() {
		Instant now = real.instant();
		Duration gap = behind.get();
		return gap == null ? now : now.minus(gap);
	}

	@Override
	public ZoneId getZone() {
		return real.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(real.getZone()) ? this : new SeedingClock(real.withZone(zone), behind);
	}
}
