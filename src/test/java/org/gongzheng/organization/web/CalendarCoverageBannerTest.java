package org.gongzheng.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.CalendarDay;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.CalendarDayCommand;
import org.gongzheng.organization.internal.CalendarDays;
import org.gongzheng.shared.time.DefaultZone;
import org.gongzheng.shared.web.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/** Years far ahead, so the seeded calendar and the other tests' days do not meet these. */
@IntegrationTest
class CalendarCoverageBannerTest {

	private final CalendarDays calendar;

	private final Messages messages;

	private final DefaultZone zone;

	private final Fixtures fixtures;

	private Fixtures.Bureau bureau;

	CalendarCoverageBannerTest(CalendarDays calendar, Messages messages, DefaultZone zone, Fixtures fixtures) {
		this.calendar = calendar;
		this.messages = messages;
		this.zone = zone;
		this.fixtures = fixtures;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void anAdministratorIsToldInMayOnlyAboutThisYearWithoutHolidays() {
		signIn(bureau.admin());
		assertThat(bannerOn(2041, 5, 15)).singleElement().asString()
			.contains("工作日历尚未列出 2041 年的节假日").contains("管理 › 工作日历");
	}

	@Test
	void fromOctoberTheNextYearWithoutHolidaysIsNamedTooAndEachYearDisappearsOnceAHolidayIsListed() {
		signIn(bureau.admin());
		assertThat(bannerOn(2041, 10, 1)).hasSize(2).anySatisfy(text -> assertThat(text).contains("2041 年"))
			.anySatisfy(text -> assertThat(text).contains("2042 年"));
		calendar.add(new CalendarDayCommand(LocalDate.of(2042, 1, 1), CalendarDay.Kind.HOLIDAY, "元旦", "New Year's Day",
				"测试", null), bureau.admin());
		try {
			assertThat(bannerOn(2041, 12, 31)).singleElement().asString().contains("2041 年").doesNotContain("2042");
			LocaleContextHolder.setLocale(Locale.ENGLISH);
			assertThat(bannerOn(2042, 3, 1)).isEmpty();
			assertThat(bannerOn(2042, 11, 1)).singleElement().asString()
				.isEqualTo("The working calendar lists no holidays for 2043: review periods counted in working days treat"
						+ " every weekday of 2043 as a working day, and periods already running keep their due times when the"
						+ " holidays are entered later. Add them under Administration › Working calendar from the State"
						+ " Council General Office's notice on the 2043 holidays.");
		}
		finally {
			calendar.remove(LocalDate.of(2042, 1, 1), bureau.admin());
		}
	}

	@Test
	void officersWhoDoNotKeepTheCalendarAreNotToldAndNeitherIsAnyoneSignedOut() {
		assertThat(bannerOn(2041, 11, 1)).isEmpty();
		signIn(bureau.legal());
		assertThat(bannerOn(2041, 11, 1)).isEmpty();
		signIn(bureau.officer());
		assertThat(bannerOn(2041, 11, 1)).isEmpty();
	}

	@Test
	void theYearTurnsInTheUnitsZoneNotInUtc() {
		signIn(bureau.admin());
		// 30 September 2041, 17:00 UTC, is already 1 October in Beijing: next year counts.
		Clock lateSeptemberUtc = Clock.fixed(ZonedDateTime.of(2041, 9, 30, 17, 0, 0, 0, ZoneId.of("UTC")).toInstant(),
				ZoneId.of("UTC"));
		assertThat(new CalendarCoverageBanner(calendar, messages, lateSeptemberUtc, zone).messages()).hasSize(2);
	}

	private List<String> bannerOn(int year, int month, int day) {
		Clock clock = Clock.fixed(LocalDate.of(year, month, day).atTime(12, 0).atZone(zone.zoneId()).toInstant(),
				zone.zoneId());
		return new CalendarCoverageBanner(calendar, messages, clock, zone).messages();
	}

	private static void signIn(SignedInOfficer officer) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
	}
}
