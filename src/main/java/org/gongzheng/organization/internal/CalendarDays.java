package org.gongzheng.organization.internal;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.CalendarDay;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.WorkingCalendar;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.time.PlausibleDates;

/**
 * The working calendar: read for every review period counted in working days, kept by
 * administrators. Read from the table each time, not cached, so an administrator's correction
 * applies at once on every instance.
 */
@Service
@Transactional
public class CalendarDays implements WorkingCalendar {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	CalendarDays(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public LocalDate afterWorkingDays(LocalDate start, int days) {
		LocalDate horizon = WorkingDays.horizon(start, days);
		while (true) {
			LocalDate due = new WorkingDays(listed(start, horizon)).after(start, days);
			if (!due.isAfter(horizon)) {
				return due;
			}
			// Only an unusually long run of listed rest days gets here; look further and count again.
			horizon = due.plusDays(31);
		}
	}

	@Transactional(readOnly = true)
	public List<CalendarDay> year(int year) {
		if (!PlausibleDates.plausibleYear(year)) {
			throw InvalidInputException.of("year", "calendar.year.outOfRange", String.valueOf(year));
		}
		return jdbc.query("""
				select day, kind, name_zh, name_en, citation, citation_en from calendar_days
				where day between ? and ? order by day""",
				(rs, i) -> new CalendarDay(rs.getObject(1, LocalDate.class), CalendarDay.Kind.valueOf(rs.getString(2)),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
				Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
	}

	/**
	 * Which of {@code years} list no holiday at all: for those the calendar counts every weekday as
	 * a working day, which is only right until the State Council's notice for the year is entered.
	 */
	@Transactional(readOnly = true)
	public List<Integer> yearsWithoutHolidays(int firstYear, int lastYear) {
		List<Integer> listed = jdbc.queryForList("""
				select distinct extract(year from day)::int from calendar_days
				where kind = 'HOLIDAY' and day between ? and ?""", Integer.class,
				Date.valueOf(LocalDate.of(firstYear, 1, 1)), Date.valueOf(LocalDate.of(lastYear, 12, 31)));
		return IntStream.rangeClosed(firstYear, lastYear).filter(year -> !listed.contains(year)).boxed().toList();
	}

	public CalendarDay add(CalendarDayCommand command, SignedInOfficer admin) {
		requireAdmin(admin);
		boolean weekend = command.day().getDayOfWeek() == DayOfWeek.SATURDAY
				|| command.day().getDayOfWeek() == DayOfWeek.SUNDAY;
		if (command.kind() == CalendarDay.Kind.WORKDAY && !weekend) {
			throw InvalidInputException.of("day", "calendar.workday.weekday");
		}
		String citation = blankToNull(command.citation());
		String citationEn = blankToNull(command.citationEn());
		int inserted = jdbc.update("""
				insert into calendar_days (day, kind, name_zh, name_en, citation, citation_en, created_by)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (day) do nothing""", Date.valueOf(command.day()), command.kind().name(),
				command.nameZh().strip(), command.nameEn().strip(), citation, citationEn, admin.officerId());
		if (inserted == 0) {
			throw new ConflictException("calendar.exists", command.day());
		}
		events.publishEvent(AuditEvent.success("CALENDAR_DAY_ADDED", "CALENDAR_DAY", command.day(),
				command.kind() + " " + command.nameZh().strip()));
		return new CalendarDay(command.day(), command.kind(), command.nameZh().strip(), command.nameEn().strip(), citation,
				citationEn);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public void remove(LocalDate day, SignedInOfficer admin) {
		requireAdmin(admin);
		List<String> removed = jdbc.queryForList("delete from calendar_days where day = ? returning kind || ' ' || name_zh",
				String.class, Date.valueOf(day));
		if (removed.isEmpty()) {
			throw new NotFoundException("calendar.notFound", day);
		}
		events.publishEvent(AuditEvent.success("CALENDAR_DAY_REMOVED", "CALENDAR_DAY", day, removed.get(0)));
	}

	private Map<LocalDate, CalendarDay.Kind> listed(LocalDate from, LocalDate to) {
		Map<LocalDate, CalendarDay.Kind> listed = new HashMap<>();
		jdbc.query("select day, kind from calendar_days where day > ? and day <= ?", rs -> {
			listed.put(rs.getObject(1, LocalDate.class), CalendarDay.Kind.valueOf(rs.getString(2)));
		}, Date.valueOf(from), Date.valueOf(to));
		return listed;
	}

	private static void requireAdmin(SignedInOfficer officer) {
		if (!officer.hasAny(Role.ADMIN)) {
			throw new ForbiddenException("calendar.forbidden");
		}
	}
}
