package org.gongzheng.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.demo.DemoMode;

/**
 * Times are stored as instants; the clock is a bean so that tests can fix "now" and rules that
 * depend on elapsed time can be checked at their boundaries, and so that demo seeders can stamp
 * their stories with the story's time ({@link SeedingClock}).
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** Ticks in microseconds, the precision PostgreSQL keeps, so a time reads back as it was written. */
	@Bean
	Clock clock(DemoMode demo) {
		Clock real = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
		return demo.enabled() ? new SeedingClock(real) : real;
	}

	@Bean
	DefaultZone defaultZone(@Value("${gongzheng.zone:Asia/Shanghai}") String zone) {
		return new DefaultZone(ZoneId.of(zone));
	}
}
