package org.gongzheng.shared.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list filter that can only take one of a set of values refuses any other value, naming the
 * parameter and the values it takes, instead of answering an empty list as if nothing matched.
 */
@IntegrationTest
class ApiListFiltersIntegrationTest {

	private final MockMvc mvc;

	private final SignedInOfficer legal;

	ApiListFiltersIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		this.legal = fixtures.bureau().legal();
	}

	@Test
	void everyApiListRefusesAFilterValueOutsideItsSetNamingTheParameterAndTheValuesItTakes() throws Exception {
		// address, parameter -> the start of the values the message lists
		Map<String, String> filters = Map.ofEntries(
				Map.entry("/api/v1/cases?state", "须为以下取值之一："),
				Map.entry("/api/v1/cases?type", "须为以下取值之一：ADMINISTRATIVE"),
				Map.entry("/api/v1/cases?deadline", "须为以下取值之一："),
				Map.entry("/api/v1/documents?type", "须为以下取值之一："),
				Map.entry("/api/v1/penalty-decisions?status", "须为以下取值之一："),
				Map.entry("/api/v1/violations?domain", "须为以下取值之一："),
				Map.entry("/api/v1/approvals?status", "须为以下取值之一："),
				Map.entry("/api/v1/approvals?action", "须为以下取值之一："),
				Map.entry("/api/v1/approvals/queue/waitingForMe?action", "须为以下取值之一："),
				Map.entry("/api/v1/approvals/queue/returnedToMe?action", "须为以下取值之一："),
				Map.entry("/api/v1/approvals/queue/staleForMe?action", "须为以下取值之一："),
				Map.entry("/api/v1/supervision/alerts?status", "须为以下取值之一："),
				Map.entry("/api/v1/supervision/alerts?severity", "须为以下取值之一："),
				Map.entry("/api/v1/supervision/alerts?rule", "须为以下取值之一：ACCEPTED_NOT_FILED"),
				Map.entry("/api/v1/supervision/faults?status", "须为以下取值之一：OPEN, DECIDED"),
				Map.entry("/api/v1/supervision/faults?kind", "须为以下取值之一："),
				Map.entry("/api/v1/supervision/evaluations?status", "须为以下取值之一：PENDING, SCORED"),
				Map.entry("/api/v1/supervision/evaluations?reason", "须为以下取值之一：SAMPLE, ALERTS"),
				Map.entry("/api/v1/supervision/evaluations?grade", "须为以下取值之一："));
		for (Map.Entry<String, String> filter : filters.entrySet()) {
			String[] address = filter.getKey().split("\\?");
			mvc.perform(get(address[0]).param(address[1], "NO_SUCH_VALUE").with(user(legal)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("error.invalid"))
				.andExpect(jsonPath("$.errors[0].field").value(address[1]))
				.andExpect(jsonPath("$.errors[0].message").value(startsWith(filter.getValue())));
		}
	}

	@Test
	void aFilterValueFromItsSetOrNoneAtAllStillNarrowsTheList() throws Exception {
		for (String filter : new String[] { "status=OPEN", "status=DECIDED", "status=", "kind=PROCEDURE", "kind=" }) {
			mvc.perform(get("/api/v1/supervision/faults?" + filter).with(user(legal)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.content").isArray());
		}
		for (String filter : new String[] { "status=PENDING", "reason=SAMPLE", "reason=ALERTS", "status=" }) {
			mvc.perform(get("/api/v1/supervision/evaluations?" + filter).with(user(legal)))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/supervision/alerts").param("rule", "DEADLINE_NEAR").with(user(legal)))
			.andExpect(status().isOk());
	}

	@Test
	void anAlertAgeBelowNoughtOrBeyondAnyAlertIsRefusedStatingTheRangeAndTheLimitsThemselvesAnswer() throws Exception {
		for (String days : new String[] { "-1", "-100000", "36501", "2147483647" }) {
			mvc.perform(get("/api/v1/supervision/alerts").param("olderThanDays", days).with(user(legal)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("olderThanDays"))
				.andExpect(jsonPath("$.errors[0].message").value("须为 0 到 36500 之间的整数"));
		}
		for (String days : new String[] { "0", "36500" }) {
			mvc.perform(get("/api/v1/supervision/alerts").param("olderThanDays", days).with(user(legal)))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/supervision").param("olderThanDays", "2147483647").with(user(legal)))
			.andExpect(status().isOk());
	}

	@Test
	void theRefusalSpeaksTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/supervision/faults").param("status", "CLOSED").header("Accept-Language", "en")
			.with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value("Must be one of: OPEN, DECIDED"))
			.andExpect(jsonPath("$.detail").value(containsString(" ")));
	}
}
