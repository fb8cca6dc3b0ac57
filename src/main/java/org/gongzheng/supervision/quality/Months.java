package org.gongzheng.supervision.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.time.DefaultZone;
import org.gongzheng.shared.time.PlausibleDates;

/**
 * Calendar months as supervision counts them: in the deployment's zone (Asia/Shanghai by
 * default), so that a case closed at 07:00 Beijing time on the 1st belongs to the new month.
 */
@Component
public class Months {

	private final Clock clock;

	private final ZoneId zone;

	Months(Clock clock, DefaultZone zone) {
		this.clock = clock;
		this.zone = zone.zoneId();
	}

	public YearMonth current() {
		return YearMonth.now(clock.withZone(zone));
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	public YearMonth previous() {
		return current().minusMonths(1);
	}

	public Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(zone).toInstant();
	}

	public Instant end(YearMonth month) {
		return start(month.plusMonths(1));
	}

	public static LocalDate day(YearMonth month) {
		return month.atDay(1);
	}

	/** Reads "2026-05" (from 1900 on); blank means {@code fallback}; anything else is a field problem. */
	public YearMonth parse(String field, String value, YearMonth fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			YearMonth month = YearMonth.parse(value.strip());
			if (!PlausibleDates.plausible(month)) {
				throw InvalidInputException.of(field, "evaluation.month.invalid");
			}
			if (month.isAfter(current())) {
				throw InvalidInputException.of(field, "validation.notFuture");
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "evaluation.month.invalid");
		}
	}
}
