package org.gongzheng.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.shared.Languages;
import org.gongzheng.shared.time.DefaultZone;
import org.gongzheng.shared.time.ZonedUser;

/**
 * Formatting for pages ({@code ${@fmt.dateTime(x)}}): times in the zone of the signed-in user's
 * unit, durations as the time left or overdue.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final DefaultZone defaultZone;

	private final Messages messages;

	private final Clock clock;

	public Formats(DefaultZone defaultZone, Messages messages, Clock clock) {
		this.defaultZone = defaultZone;
		this.messages = messages;
		this.clock = clock;
	}

	public ZoneId zone() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ZonedUser user ? user.zone()
				: defaultZone.zoneId();
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
	}

	public String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** The value a {@code datetime-local} input expects. */
	public String input(Instant instant) {
		return instant == null ? "" : INPUT.format(instant.atZone(zone()));
	}

	public Instant toInstant(LocalDateTime local) {
		return local == null ? null : local.atZone(zone()).toInstant();
	}

	/** "2 days 3 h left" or "5 h overdue", in the user's language. */
	public String remaining(Instant due, Instant now) {
		if (due == null) {
			return "";
		}
		Duration left = Duration.between(now, due);
		String amount = amount(left.abs());
		return left.isNegative() ? messages.get("time.overdue", amount) : messages.get("time.left", amount);
	}

	public String remaining(Instant due) {
		return remaining(due, clock.instant());
	}

	private String amount(Duration duration) {
		long days = duration.toDays();
		long hours = duration.toHoursPart();
		long minutes = duration.toMinutesPart();
		if (days > 0) {
			return messages.get("time.daysHours", days, hours);
		}
		if (hours > 0) {
			return messages.get("time.hoursMinutes", hours, minutes);
		}
		return messages.get("time.minutes", Math.max(minutes, 1));
	}

	/** Items joined as the reader's language lists them: "a、b" or "a, b". */
	public String list(Collection<?> items) {
		return items == null ? "" : items.stream().map(String::valueOf)
			.collect(Collectors.joining(Languages.listSeparator(LocaleContextHolder.getLocale())));
	}

	public String fileSize(Long bytes) {
		if (bytes == null) {
			return "";
		}
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return "%.1f KB".formatted(bytes / 1024.0);
		}
		return "%.1f MB".formatted(bytes / (1024.0 * 1024));
	}
}
