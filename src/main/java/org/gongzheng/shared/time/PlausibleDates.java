package org.gongzheng.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The dates and times anyone may send: years 1900 to 9999. java.time, PostgreSQL and the pages each
 * hold a different range of years, and a date past the narrowest failed deep inside a query or a
 * deadline sum; a year like 20266, typed by mistake into a date box, was stored as it came. No
 * incident, birth, measure or standard in this work lies outside these years, so a date outside
 * them is refused where it is read, on its own field.
 */
public final class PlausibleDates {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	/** The date and time types held to these years; the message bundles name the years too. */
	private static final Set<Class<?>> TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
			OffsetDateTime.class, ZonedDateTime.class, YearMonth.class);

	/** A day's margin either side, so a date at either end is plausible in any zone. */
	private static final Instant EARLIEST_INSTANT = EARLIEST.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

	private static final Instant LATEST_INSTANT = LATEST.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);

	private PlausibleDates() {
	}

	/** Whether values of a type are dates or times held to these years; null is no type. */
	public static boolean holds(Class<?> type) {
		// Set.of refuses to look for null.
		return type != null && TYPES.contains(type);
	}

	/** Whether a year lies between the earliest and the latest plausible dates' years. */
	public static boolean plausibleYear(long year) {
		return year >= EARLIEST.getYear() && year <= LATEST.getYear();
	}

	/** Whether a date or time lies within the plausible years; null and values of other types do. */
	public static boolean plausible(Object value) {
		if (value instanceof Instant instant) {
			return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(LATEST_INSTANT);
		}
		if (value instanceof LocalDate date) {
			return plausibleYear(date.getYear());
		}
		if (value instanceof LocalDateTime time) {
			return plausibleYear(time.getYear());
		}
		if (value instanceof OffsetDateTime time) {
			return plausibleYear(time.getYear());
		}
		if (value instanceof ZonedDateTime time) {
			return plausibleYear(time.getYear());
		}
		return !(value instanceof YearMonth month) || plausibleYear(month.getYear());
	}

	/**
	 * The value itself if it is plausible; otherwise an {@link IllegalArgumentException}, which the
	 * binder and the JSON reader report as a value they could not read, on the value's field.
	 */
	public static <T> T requirePlausible(T value) {
		if (!plausible(value)) {
			throw new IllegalArgumentException(
					"A date outside the years " + EARLIEST.getYear() + " to " + LATEST.getYear() + ": " + value);
		}
		return value;
	}
}
