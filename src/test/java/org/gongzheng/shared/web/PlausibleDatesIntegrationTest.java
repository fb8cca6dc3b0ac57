package org.gongzheng.shared.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.time.PlausibleDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A date outside the years 1900 to 9999 is refused where it is read, on its field: it once failed
 * a filter's query with a 500, reached the database as a "conflict", or was stored as typed.
 */
@IntegrationTest
class PlausibleDatesIntegrationTest {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final SignedInOfficer officer;

	private final SignedInOfficer legal;

	private final RequestMappingHandlerMapping handlers;

	PlausibleDatesIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Fixtures fixtures,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) {
		this.mvc = mvc;
		this.handlers = handlers;
		this.jdbc = jdbc;
		Fixtures.Bureau bureau = fixtures.bureau();
		this.officer = bureau.officer();
		this.legal = bureau.legal();
	}

	@Test
	void aListFilteredToTheLastDayJavaKnowsNamesTheFilterAndItsYears() throws Exception {
		for (String list : new String[] { "/cases", "/approvals/requests", "/audit" }) {
			mvc.perform(get(list).param("to", "+999999999-12-31").with(user(legal)).accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("“to”的取值“+999999999-12-31”不是 1900 年至 9999 年之间的有效日期")));
		}
		mvc.perform(get("/api/v1/approvals").param("from", "-999999999-01-01").with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 1900 年至 9999 年之间的日期，如 2026-12-06"));
	}

	@Test
	void anIntakeFormWithAFiveDigitYearShowsItOnTheFieldAndSavesNothing() throws Exception {
		String title = "五位年份 " + System.nanoTime();
		mvc.perform(post("/cases").with(user(officer)).with(csrf()).param("type", "ADMINISTRATIVE")
			.param("title", title)
			.param("summary", "案情")
			.param("reportSource", "CALL_110")
			.param("occurredAt", "20266-01-01T10:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写 1900 年至 9999 年之间的有效日期和时间")));
		assertThat(jdbc.queryForObject("select count(*) from cases where title = ?", Integer.class, title)).isZero();
	}

	@Test
	void anApiIntakeWithAnImplausibleTimeOrOneWithoutItsOffsetIsRefusedOnThatFieldShowingTheFormWanted()
			throws Exception {
		for (String occurredAt : new String[] { "0001-01-01T00:00:00Z", "-200000-01-01T10:00:00Z", "2026-12-06T10:00",
				"2026-12-06 10:00" }) {
			String title = "API " + occurredAt + " " + System.nanoTime();
			mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON).content("""
					{"type": "ADMINISTRATIVE", "title": "%s", "summary": "案情", "reportSource": "WALK_IN",
					 "occurredAt": "%s"}""".formatted(title, occurredAt)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("occurredAt"))
				.andExpect(jsonPath("$.errors[0].message")
					.value("须为 1900 年至 9999 年之间带时区的时间，如 2026-12-06T10:00:00+08:00 或 2026-12-06T02:00:00Z"));
			assertThat(jdbc.queryForObject("select count(*) from cases where title = ?", Integer.class, title)).isZero();
		}
	}

	@Test
	void aCalendarYearBeyondAnyDateIsRefusedOnTheYear() throws Exception {
		mvc.perform(get("/api/v1/calendar/days").param("year", "2147483647").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(get("/admin/calendar").param("year", "-2147483648").with(user(legal)).accept(MediaType.TEXT_HTML))
			.andExpect(status().is4xxClientError());
	}

	/**
	 * The check sits on {@code @DateTimeFormat}'s parser, so a date a page or an address reads
	 * without it would go unchecked. Bodies and JSON parts are read by Jackson, which checks every date.
	 */
	@Test
	void everyDateAFormOrAnAddressCarriesIsReadWithItsFormat() {
		List<String> unformatted = new ArrayList<>();
		handlers.getHandlerMethods().values().forEach(handler -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(RequestPart.class)
						|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
					continue;
				}
				Class<?> type = parameter.getParameterType();
				if (PlausibleDates.holds(type) && !parameter.hasParameterAnnotation(DateTimeFormat.class)) {
					unformatted.add(handler + " " + parameter.getParameterName());
				}
				if (type.getName().startsWith("org.gongzheng.")) {
					for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
						for (Field field : c.getDeclaredFields()) {
							if (PlausibleDates.holds(field.getType())
									&& !field.isAnnotationPresent(DateTimeFormat.class)) {
								unformatted.add(c.getName() + "." + field.getName());
							}
						}
					}
				}
			}
		});
		assertThat(unformatted).isEmpty();
	}
}
