package org.gongzheng.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.CalendarDays;
import org.gongzheng.shared.time.DefaultZone;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.PageBanner;

/**
 * Tells administrators when the working calendar has no holidays for this year, or, from October,
 * for the next one. Review periods counted in working days would otherwise run through Spring
 * Festival as if it were a working week, and a period already running keeps its due time when the
 * holidays are entered later, so the gap has to be closed before the year starts.
 */
@Component
class CalendarCoverageBanner implements PageBanner {

	/** The State Council's notice on next year's holidays usually appears in the last quarter. */
	private static final int FIRST_MONTH_TO_ASK_FOR_NEXT_YEAR = 10;

	private final CalendarDays calendar;

	private final Messages messages;

	private final Clock clock;

	private final DefaultZone zone;

	CalendarCoverageBanner(CalendarDays calendar, Messages messages, Clock clock, DefaultZone zone) {
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
	}

	@Override
	public List<String> messages() {
		if (SignedInOfficer.current().filter(officer -> officer.hasAny(Role.ADMIN)).isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(zone.zoneId()));
		int lastYear = today.getMonthValue() >= FIRST_MONTH_TO_ASK_FOR_NEXT_YEAR ? today.getYear() + 1 : today.getYear();
		return calendar.yearsWithoutHolidays(today.getYear(), lastYear).stream()
			.map(year -> messages.get("calendar.banner.noHolidays", String.valueOf(year)))
			.toList();
	}
}
