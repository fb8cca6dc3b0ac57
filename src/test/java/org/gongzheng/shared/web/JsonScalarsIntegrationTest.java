package org.gongzheng.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A JSON value is read as the type it was sent as: a number is not a time, text is not a number
 * or a yes/no, and a number is not an enumeration's value. Each such value is refused on its field.
 */
@IntegrationTest
class JsonScalarsIntegrationTest {

	private static final String INSTANT = "须为 1900 年至 9999 年之间带时区的时间，如 2026-12-06T10:00:00+08:00 或 2026-12-06T02:00:00Z";

	private final MockMvc mvc;

	private final SignedInOfficer officer;

	private final SignedInOfficer legal;

	JsonScalarsIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		Fixtures.Bureau bureau = fixtures.bureau();
		this.officer = bureau.officer();
		this.legal = bureau.legal();
	}

	private static String intake(String reportedAt) {
		return "{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某殴打他人案\",\"summary\":\"报警人称被打\","
				+ "\"reportSource\":\"CALL_110\",\"reportedAt\":" + reportedAt + "}";
	}

	private static String chain(String countersign, String role, String reviewAmount) {
		return """
				{"citationZh":"依据","citationEn":"Basis","changeNote":"试","links":[{"nameZh":"审核","nameEn":"Review",
				"role":%s,"unitLevel":"OWN_STATION","minQualification":"BASIC","countersign":%s,
				"reviewAmount":%s,"reviewUnit":"HOURS"}]}""".formatted(role, countersign, reviewAmount);
	}

	@Test
	void aNumberWhereATimeIsExpectedIsRefusedOnItsFieldNotReadAsSecondsSince1970() throws Exception {
		for (String reportedAt : new String[] { "1700000000", "1700000000.5", "\"1700000000\"", "[2026,1,2,3,4]" }) {
			mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
				.content(intake(reportedAt)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("reportedAt"))
				.andExpect(jsonPath("$.errors[0].message").value(INSTANT));
		}
	}

	@Test
	void aNumberOrAnArrayWhereADateIsExpectedIsRefusedOnItsField() throws Exception {
		for (String foundOn : new String[] { "20000", "[2026,1,2]" }) {
			mvc.perform(post("/api/v1/supervision/faults").with(user(legal)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"caseId\":1,\"kind\":\"PROCEDURE\",\"description\":\"程序违法\",\"foundOn\":" + foundOn + "}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("foundOn"))
				.andExpect(jsonPath("$.errors[0].message").value("须为 1900 年至 9999 年之间的日期，如 2026-12-06"));
		}
	}

	@Test
	void textWhereANumberIsExpectedIsRefusedOnItsFieldNotReadAsTheNumber() throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/transitions", Long.MAX_VALUE).with(user(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"transition\":\"ACCEPT\",\"version\":\"3\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value("须为整数"));
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.contentType(MediaType.APPLICATION_JSON).content(chain("false", "\"REVIEWER\"", "\"2\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].reviewAmount"))
			.andExpect(jsonPath("$.errors[0].message").value("须为整数"));
	}

	@Test
	void textOrANumberWhereYesOrNoIsExpectedIsRefusedOnItsField() throws Exception {
		for (String countersign : new String[] { "\"true\"", "1", "0" }) {
			mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
				.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
				.content(chain(countersign, "\"REVIEWER\"", "2")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("links[0].countersign"))
				.andExpect(jsonPath("$.errors[0].message").value("Must be true or false, not in quotes"));
		}
	}

	@Test
	void aNumberWhereAnEnumerationIsExpectedIsRefusedNamingTheValuesNotTakenAsTheValueAtThatPosition()
			throws Exception {
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.contentType(MediaType.APPLICATION_JSON).content(chain("false", "1", "2")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].role"))
			.andExpect(jsonPath("$.errors[0].message").value("须为以下取值之一：OFFICER, REVIEWER, LEGAL, LEADER, ADMIN"));
	}

	@Test
	void aNumberOfTenThousandDigitsIsRefusedOnItsFieldStatingTheRangeItsTypeHolds() throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/transitions", Long.MAX_VALUE).with(user(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transition\":\"ACCEPT\",\"version\":" + "1".repeat(10_000) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 -9223372036854775808 到 9223372036854775807 之间的整数"));
	}

	@Test
	void valuesSentAsTheirOwnTypesAreStillTaken() throws Exception {
		Instant reportedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content(intake("\"" + reportedAt + "\"")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reportedAt").value(reportedAt.toString()));
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content(intake("null")))
			.andExpect(status().isCreated());
		// An unknown case, not a refused body: the date and the numbers were read.
		mvc.perform(post("/api/v1/supervision/faults").with(user(legal)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseId\":" + Long.MAX_VALUE + ",\"kind\":\"PROCEDURE\",\"description\":\"程序违法\",\"foundOn\":\""
					+ LocalDate.now().minusDays(1) + "\"}"))
			.andExpect(content().string(not(containsString("foundOn"))));
	}
}
