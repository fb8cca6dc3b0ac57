package org.gongzheng.organization;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.PageSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an administrator changes about an account, and a password changed anywhere, take effect at
 * the officer's next page, not hours later when their session would have ended.
 */
@IntegrationTest
class SessionRefreshIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	SessionRefreshIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void aDisabledAccountsSessionEndsAtItsNextPage() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		MockHttpSession session = PageSessions.signIn(mvc, bureau.officer());
		mvc.perform(get("/work").session(session)).andExpect(status().isOk());

		setAccount(bureau, bureau.officer(), "OFFICER", false);

		mvc.perform(get("/work").session(session)).andExpect(redirectedUrl("/login?disabled"));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/login?disabled&lang=en"))
			.andExpect(content().string(containsString("Your account was disabled")));
	}

	@Test
	void aRoleTakenAwayIsGoneAtTheNextPage() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer admin = fixtures.anotherOfficer(bureau, bureau.bureau(), "第二管理员", org.gongzheng.organization.Role.ADMIN);
		MockHttpSession session = PageSessions.signIn(mvc, admin);
		mvc.perform(get("/admin/units").session(session)).andExpect(status().isOk());

		setAccount(bureau, admin, "OFFICER", true);

		mvc.perform(get("/admin/units").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/work").session(session)).andExpect(status().isOk());
	}

	@Test
	void aPasswordTheAdministratorResetEndsTheSessionsSignedInWithTheOldOne() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		MockHttpSession session = PageSessions.signIn(mvc, bureau.officer());
		mvc.perform(get("/work").session(session)).andExpect(status().isOk());

		mvc.perform(post("/admin/officers/{id}/account/password", bureau.officer().officerId()).param("password", "Temp0rary-1")
			.with(user(bureau.admin())).with(csrf())).andExpect(redirectedUrl("/admin/officers/" + bureau.officer().officerId()));

		mvc.perform(get("/work").session(session)).andExpect(redirectedUrl("/login?passwordChanged"));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/login?passwordChanged&lang=en"))
			.andExpect(content().string(containsString("Your password was changed")));
	}

	@Test
	void changingOnesOwnPasswordEndsOnesOtherSessionsAndKeepsThisOne() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		MockHttpSession here = PageSessions.signIn(mvc, officer);
		MockHttpSession elsewhere = PageSessions.signIn(mvc, officer);
		String idBefore = here.getId();

		MockHttpSession renewed = (MockHttpSession) mvc.perform(post("/account/password").session(here).with(csrf())
			.param("currentPassword", Fixtures.PASSWORD).param("newPassword", "N3w-passw0rd").param("confirmation", "N3w-passw0rd"))
			.andExpect(redirectedUrl("/account/password"))
			.andReturn().getRequest().getSession(false);

		assertThat(renewed.getId()).as("a new session id after a new password").isNotEqualTo(idBefore);
		mvc.perform(get("/work").session(renewed)).andExpect(status().isOk());
		mvc.perform(get("/work").session(elsewhere).header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?passwordChanged"));
		assertThat(elsewhere.isInvalid()).isTrue();
	}

	private void setAccount(Fixtures.Bureau bureau, SignedInOfficer officer, String role, boolean enabled) throws Exception {
		long version = jdbc.queryForObject("select version from accounts where id = ?", Long.class, officer.accountId());
		var request = post("/admin/officers/{id}/account/roles", officer.officerId()).with(user(bureau.admin())).with(csrf())
			.param("version", String.valueOf(version)).param("roles", role);
		mvc.perform(enabled ? request.param("enabled", "true") : request).andExpect(status().is3xxRedirection());
	}
}
