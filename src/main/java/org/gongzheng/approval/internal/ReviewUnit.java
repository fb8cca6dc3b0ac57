package org.gongzheng.approval.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** How a link's review time is counted. Working days skip Saturdays and Sundays (no holiday calendar yet). */
public enum ReviewUnit {

	HOURS, WORKING_DAYS;

	public Instant dueFrom(Instant opened, int amount, ZoneId zone) {
		if (this == HOURS) {
			return opened.plusSeconds(3600L * amount);
		}
		ZonedDateTime due = opened.atZone(zone);
		int added = 0;
		while (added < amount) {
			due = due.plusDays(1);
			if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return due.toInstant();
	}
}
