package org.gongzheng.organization;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.PageSessions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Where a deployment sets an age limit, a password past it must be replaced before anything else. */
@IntegrationTest
@TestPropertySource(properties = "gongzheng.passwords.max-age=90d")
class PasswordAgeIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	PasswordAgeIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void aPasswordPastTheLimitLeadsToTheChangeFormAndAFreshOneDoesNot() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		jdbc.update("update accounts set password_changed_at = now() - interval '91 days' where id = ?", officer.accountId());

		mvc.perform(get("/admin/officers/{id}", officer.officerId()).with(user(bureau.admin())))
			.andExpect(content().string(containsString("id=\"password-expired\"")));

		MockHttpSession session = PageSessions.signIn(mvc, officer);
		mvc.perform(get("/work").session(session)).andExpect(redirectedUrl("/account/password?required"));
		mvc.perform(get("/account/password?required&lang=en").session(session))
			.andExpect(content().string(containsString("Your password is more than 90 days old")));
		mvc.perform(get("/api/v1/cases").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("account.passwordChangeRequired"));
		mvc.perform(get("/api/v1/cases").with(httpBasic(bureau.colleague().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());

		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
			.param("newPassword", "N3w-passw0rd").param("confirmation", "N3w-passw0rd"))
			.andExpect(redirectedUrl("/account/password"));
		MockHttpSession renewed = (MockHttpSession) mvc.perform(get("/work").session(session)).andExpect(status().isOk())
			.andReturn().getRequest().getSession(false);
		mvc.perform(get("/cases").session(renewed)).andExpect(status().isOk());
	}
}
