package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.gongzheng.organization.WorkingCalendar;

/**
 * How a link's review time is counted. Working days follow the working calendar (weekends, the
 * statutory holidays and the adjusted working days administrators keep); the review is due at the
 * same time of day as it opened.
 */
public enum ReviewUnit {

	HOURS, WORKING_DAYS;

	public Instant dueFrom(Instant opened, int amount, ZoneId zone, WorkingCalendar calendar) {
		if (this == HOURS) {
			return opened.plusSeconds(3600L * amount);
		}
		ZonedDateTime start = opened.atZone(zone);
		return start.with(calendar.afterWorkingDays(start.toLocalDate(), amount)).toInstant();
	}
}
