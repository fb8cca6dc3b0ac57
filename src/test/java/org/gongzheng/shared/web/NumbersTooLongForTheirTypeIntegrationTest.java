package org.gongzheng.shared.web;

import java.util.Locale;

import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A whole number with too many digits for its Java type is told the field's own limits, in the
 * words a number just past them gets, not the range of an int or a long: the caller's next try
 * should be a number the field takes. A path id that long names nothing and is not found.
 */
@IntegrationTest
class NumbersTooLongForTheirTypeIntegrationTest {

	private static final String TOO_LARGE = "99999999999999999999";

	private static final String TOO_SMALL = "-99999999999999999999";

	private final MockMvc mvc;

	private final SignedInOfficer officer;

	private final SignedInOfficer legal;

	private final SignedInOfficer stationChief;

	private final OverflowingNumbers overflowing;

	private final Validator validator;

	NumbersTooLongForTheirTypeIntegrationTest(MockMvc mvc, Fixtures fixtures, OverflowingNumbers overflowing,
			Validator validator) {
		this.mvc = mvc;
		this.overflowing = overflowing;
		this.validator = validator;
		Fixtures.Bureau bureau = fixtures.bureau();
		this.officer = bureau.officer();
		this.legal = bureau.legal();
		this.stationChief = bureau.stationChief();
	}

	@AfterEach
	void defaultLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aQueryNumberTooLongForAnIntIsToldTheParametersOwnRangeAsAnyNumberPastItIs() throws Exception {
		for (String limit : new String[] { TOO_LARGE, TOO_SMALL, "501", "0" }) {
			mvc.perform(get("/api/v1/approvals/queue").param("limit", limit).with(user(stationChief)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("limit"))
				.andExpect(jsonPath("$.errors[0].message").value("须为 1 到 500 之间的整数"));
		}
		mvc.perform(get("/api/v1/approvals/queue").param("limit", TOO_LARGE).with(user(stationChief))
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Must be a whole number from 1 to 500"));
		mvc.perform(get("/api/v1/supervision/alerts").param("olderThanDays", TOO_LARGE).with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("olderThanDays"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 0 到 36500 之间的整数"));
	}

	@Test
	void aPageOrPageSizeTooLongForAnIntIsToldTheListsOwnRangeAsAnyNumberPastItIs() throws Exception {
		for (String size : new String[] { TOO_LARGE, TOO_SMALL, "201" }) {
			mvc.perform(get("/api/v1/approvals").param("size", size).with(user(legal)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("size"))
				.andExpect(jsonPath("$.errors[0].message").value("每页条数须在 1 到 200 之间"));
		}
		mvc.perform(get("/api/v1/cases").param("size", TOO_LARGE).with(user(officer)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].message").value("The page size must be from 1 to 100"));
		mvc.perform(get("/api/v1/cases").param("page", TOO_SMALL).with(user(officer)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value("The page must be 0 or more (the first page is 0)"));
		// Any page from 0 up is served, an empty one past the last: the range is the int's, from 0.
		mvc.perform(get("/api/v1/supervision/faults").param("page", TOO_LARGE).with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 0 到 2147483647 之间的整数"));
	}

	@Test
	void aQueryNumberTooLongForAParameterWithoutLimitsIsStillToldWhatItsTypeHolds() throws Exception {
		mvc.perform(get("/api/v1/cases").param("unitId", TOO_LARGE).with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 -9223372036854775808 到 9223372036854775807 之间的整数"));
	}

	@Test
	void aPathIdTooLongToStoreIsNotFoundJustAsAnIdNobodyHas() throws Exception {
		mvc.perform(get("/api/v1/cases/{id}", Long.MAX_VALUE).with(user(officer)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		for (String path : new String[] { "/api/v1/cases/" + TOO_LARGE, "/api/v1/cases/" + TOO_SMALL,
				"/api/v1/approvals/" + TOO_LARGE, "/api/v1/cases/" + TOO_LARGE + "/timeline" }) {
			mvc.perform(get(path).with(user(officer)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("error.notFound"))
				.andExpect(jsonPath("$.detail").value("您要查找的内容不存在，或不在您的数据范围内。"));
		}
		mvc.perform(get("/api/v1/cases/" + TOO_LARGE).with(user(officer)).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("What you are looking for does not exist or is outside your data scope."));
		// Letters are not an id of any length: still a mistake in the request, not a search.
		mvc.perform(get("/api/v1/cases/abc").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("须为整数"));
	}

	@Test
	void aBodyNumberTooLongForItsTypeIsToldTheFieldsOwnBoundInTheWordsANumberJustPastItGets() throws Exception {
		long caseId = intake();
		String[][] expected = {
				{ "quantity", "99999999999", "不能大于 1000000" },
				{ "quantity", "1000001", "不能大于 1000000" },
				{ "quantity", "-99999999999", "须大于 0" },
				{ "estimatedValueFen", TOO_SMALL, "不能为负数" },
				{ "estimatedValueFen", "-1", "不能为负数" },
				// Bounded below only: the long's range from that bound, not from a negative it refuses.
				{ "estimatedValueFen", TOO_LARGE, "须为 0 到 9223372036854775807 之间的整数" } };
		for (String[] field : expected) {
			mvc.perform(post("/api/v1/cases/{id}/property", caseId).with(user(officer))
				.contentType(MediaType.APPLICATION_JSON).content(property(field[0], field[1])))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(field[0]))
				.andExpect(jsonPath("$.errors[0].message").value(field[2]));
		}
		mvc.perform(post("/api/v1/cases/{id}/property", caseId).with(user(officer)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(property("quantity", TOO_LARGE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Must be at most 1000000"));
	}

	@Test
	void aNumberTooLongInAListInTheBodyIsToldItsElementsBound() throws Exception {
		String chain = """
				{"citationZh":"依据","citationEn":"Basis","changeNote":"试","links":[{"nameZh":"审核","nameEn":"Review",
				"role":"REVIEWER","unitLevel":"OWN_STATION","minQualification":"BASIC","countersign":false,
				"reviewAmount":%s,"reviewUnit":"HOURS"}]}""";
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.contentType(MediaType.APPLICATION_JSON).content(chain.formatted("99999999999")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].reviewAmount"))
			.andExpect(jsonPath("$.errors[0].message").value("不能大于 720"));
	}

	/**
	 * No query object the API binds has bounds on a number yet, so the bound property's answer is
	 * checked against the validator's own message for a number just past the bound.
	 */
	@Test
	void aBoundPropertyIsToldItsBoundExactlyAsTheValidatorWordsItInEitherLanguage() {
		for (Locale language : new Locale[] { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH }) {
			LocaleContextHolder.setLocale(language);
			assertThat(overflowing.ofProperty(Bounded.class, "top", Integer.class, TOO_LARGE))
				.isEqualTo(validatorsMessage("top", 51));
			assertThat(overflowing.ofProperty(Bounded.class, "unitId", Long.class, TOO_SMALL))
				.isEqualTo(validatorsMessage("unitId", -1L));
			assertThat(overflowing.ofProperty(Bounded.class, "grade", Short.class, TOO_SMALL))
				.isEqualTo(validatorsMessage("grade", (short) 0));
			assertThat(overflowing.ofProperty(Bounded.class, "share", Integer.class, "3000000000"))
				.isEqualTo(validatorsMessage("share", 101));
		}
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(validatorsMessage("grade", (short) 0)).isEqualTo("须为 1 到 9 之间的整数");
		assertThat(overflowing.ofProperty(Bounded.class, "unitId", Long.class, TOO_LARGE))
			.isEqualTo("须为 1 到 9223372036854775807 之间的整数");
		assertThat(overflowing.ofProperty(Bounded.class, "free", Integer.class, TOO_LARGE))
			.isEqualTo("须为 -2147483648 到 2147483647 之间的整数");
		assertThat(overflowing.ofProperty(null, "top", Integer.class, TOO_LARGE))
			.isEqualTo("须为 -2147483648 到 2147483647 之间的整数");
	}

	private String validatorsMessage(String property, Object value) {
		return validator.validateValue(Bounded.class, property, value).iterator().next().getMessage();
	}

	record Bounded(@Max(value = 50, message = "{validation.max}") Integer top,
			@Positive(message = "{validation.positive}") Long unitId,
			@Range(min = 1, max = 9, message = "{validation.range}") Short grade,
			@DecimalMax(value = "100.5", message = "{validation.max}") Integer share, Integer free) {
	}

	private long intake() throws Exception {
		String created = mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某殴打他人案\",\"summary\":\"报警人称被打\","
					+ "\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return Long.parseLong(created.replaceFirst("^\\{\"id\":(\\d+),.*", "$1"));
	}

	private static String property(String field, String value) {
		String quantity = field.equals("quantity") ? value : "1";
		String estimatedValueFen = field.equals("estimatedValueFen") ? value : "1000";
		return """
				{"description":"电动自行车","category":"VEHICLE","quantity":%s,"unitOfMeasure":"辆",
				 "estimatedValueFen":%s,"kind":"SEIZURE"}""".formatted(quantity, estimatedValueFen);
	}
}
