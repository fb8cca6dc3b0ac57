package org.gongzheng.organization;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CalendarIntegrationTest {

	private static final String DAY = """
			{"day":"%s","kind":"%s","nameZh":"%s","nameEn":"Test day","citation":"测试"}""";

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final WorkingCalendar calendar;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	CalendarIntegrationTest(MockMvc mvc, Fixtures fixtures, WorkingCalendar calendar, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void the2026HolidaysAndAdjustedWorkingDaysAreSeededAndEveryoneCanReadThem() throws Exception {
		mvc.perform(get("/api/v1/calendar/days?year=2026").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].day", hasItem("2026-10-01")))
			.andExpect(jsonPath("$[?(@.day == '2026-02-17')].kind", hasItem("HOLIDAY")))
			.andExpect(jsonPath("$[?(@.day == '2026-02-14')].kind", hasItem("WORKDAY")))
			.andExpect(jsonPath("$[?(@.day == '2026-02-14')].citationEn", hasItem(
					"Notice of the General Office of the State Council on the arrangement of certain holidays in 2026, item 2")))
			.andExpect(jsonPath("$[?(@.day == '2026-10-01')].citationEn", hasItem(
					"Measures on National Holidays and Memorial Days (2024 revision), art. 2")));
		// National Day: Thursday 1 to Wednesday 7 October off, Saturday 10 worked. One working day
		// after Wednesday 30 September is Thursday 8 October, and the third is Saturday 10.
		assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
		// Spring Festival: Sunday 15 to Monday 23 February off, Saturday 14 worked.
		assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
	}

	@Test
	void anAdministratorListsAHolidayAndAnAdjustedWorkdayAndWorkingDaysFollowThem() throws Exception {
		// Friday 7 November 2031; Monday 10 a holiday, Saturday 8 worked.
		add("2031-11-10", "HOLIDAY", "测试假日").andExpect(status().isCreated());
		add("2031-11-08", "WORKDAY", "测试调休").andExpect(status().isCreated());
		try {
			assertThat(calendar.afterWorkingDays(LocalDate.of(2031, 11, 7), 1)).isEqualTo(LocalDate.of(2031, 11, 8));
			assertThat(calendar.afterWorkingDays(LocalDate.of(2031, 11, 7), 2)).isEqualTo(LocalDate.of(2031, 11, 11));
			assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'CALENDAR_DAY_ADDED' and object_id = ?",
					Integer.class, "2031-11-10")).isEqualTo(1);
		}
		finally {
			mvc.perform(delete("/api/v1/calendar/days/2031-11-10").with(user(bureau.admin()))).andExpect(status().isNoContent());
			mvc.perform(delete("/api/v1/calendar/days/2031-11-08").with(user(bureau.admin()))).andExpect(status().isNoContent());
		}
		assertThat(calendar.afterWorkingDays(LocalDate.of(2031, 11, 7), 1)).isEqualTo(LocalDate.of(2031, 11, 10));
		mvc.perform(delete("/api/v1/calendar/days/2031-11-10").with(user(bureau.admin())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("calendar.notFound"));
	}

	@Test
	void badDaysAreRefusedWithAReasonAndOnlyAdministratorsChangeTheCalendar() throws Exception {
		add("2031-11-12", "WORKDAY", "周三调休").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("day"));
		add("2026-10-01", "HOLIDAY", "国庆节").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("calendar.exists"));
		mvc.perform(post("/api/v1/calendar/days").with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\":\"2031-11-13\",\"kind\":\"HOLIDAY\",\"nameZh\":\"\",\"nameEn\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("nameZh")));
		mvc.perform(post("/api/v1/calendar/days").with(user(bureau.legal())).contentType(MediaType.APPLICATION_JSON)
			.content(DAY.formatted("2031-11-14", "HOLIDAY", "测试"))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from calendar_days where day between '2031-11-12' and '2031-11-14'",
				Integer.class)).isZero();
	}

	@Test
	void theAdministrationPageListsTheYearAndShowsFormErrorsInline() throws Exception {
		mvc.perform(get("/admin/calendar?year=2026").with(user(bureau.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026 年工作日历")))
			.andExpect(content().string(containsString("国庆节")));
		mvc.perform(post("/admin/calendar").with(user(bureau.admin())).with(csrf())
			.param("day", "2031-11-12").param("kind", "WORKDAY").param("nameZh", "周三").param("nameEn", "Wednesday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("调休上班日只能是周六或周日")));
		mvc.perform(post("/admin/calendar").with(user(bureau.admin())).with(csrf())
			.param("day", "明天").param("kind", "HOLIDAY").param("nameZh", "假日").param("nameEn", "Holiday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请按 2026-05-01 的格式填写日期")));
		mvc.perform(get("/admin/calendar?year=2026&lang=en").with(user(bureau.admin())))
			.andExpect(content().string(containsString("Working calendar 2026")))
			.andExpect(content().string(containsString("National Day")))
			.andExpect(content().string(containsString("Measures on National Holidays and Memorial Days (2024 revision), art. 2")))
			.andExpect(content().string(not(containsString("《全国年节及纪念日放假办法》"))));
		mvc.perform(get("/admin/calendar").with(user(bureau.officer()))).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions add(String day, String kind, String nameZh) throws Exception {
		return mvc.perform(post("/api/v1/calendar/days").with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content(DAY.formatted(day, kind, nameZh)));
	}
}
