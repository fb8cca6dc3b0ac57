package org.gongzheng.audit;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.PageSessions;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An officer sees their own recent sign-ins and refused attempts, and where they came from. */
@IntegrationTest
class SignInHistoryIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	SignInHistoryIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
	}

	@Test
	void theOfficerSeesTheirSignInsAndRefusedAttemptsNewestFirstAndNobodyElses() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		mvc.perform(get("/account/sign-ins").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-sign-ins\"")));

		mvc.perform(formLogin().user(officer.getUsername()).password("not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/me").with(httpBasic(officer.getUsername(), "also-wrong")))
			.andExpect(status().isUnauthorized());
		PageSessions.signIn(mvc, officer);
		// A successful API call signs in on every request and is not listed.
		mvc.perform(get("/api/v1/me").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD))).andExpect(status().isOk());

		mvc.perform(get("/account/sign-ins").with(user(officer)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Signed in", "Wrong password", "Wrong password")))
			.andExpect(content().string(containsString("127.0.0.1")));
		mvc.perform(get("/api/v1/me/sign-ins").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].result").value("SIGNED_IN"))
			.andExpect(jsonPath("$[1].result").value("WRONG_PASSWORD"))
			.andExpect(jsonPath("$[2].result").value("WRONG_PASSWORD"))
			.andExpect(jsonPath("$[0].address").value("127.0.0.1"));

		mvc.perform(get("/api/v1/me/sign-ins").with(user(bureau.reviewer()))).andExpect(jsonPath("$").isEmpty());
	}
}
