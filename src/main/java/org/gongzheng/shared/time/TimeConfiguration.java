package org.gongzheng.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Times are stored as instants; the clock is a bean so that tests can fix "now" and rules that
 * depend on elapsed time can be checked at their boundaries.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** Ticks in microseconds, the precision PostgreSQL keeps, so a time reads back as it was written. */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

	@Bean
	DefaultZone defaultZone(@Value("${gongzheng.zone:Asia/Shanghai}") String zone) {
		return new DefaultZone(ZoneId.of(zone));
	}
}
