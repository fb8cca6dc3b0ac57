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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An officer who stayed signed in somewhere ends those sessions without changing the password;
 * an administrator can do it for them.
 */
@IntegrationTest
class AccountSessionsIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	AccountSessionsIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void endingOnesOtherSessionsKeepsThisOneAndThePassword() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		MockHttpSession here = PageSessions.signIn(mvc, officer);
		MockHttpSession elsewhere = PageSessions.signIn(mvc, officer);
		String idBefore = here.getId();
		mvc.perform(get("/account/sessions").session(here).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All sessions last ended at once: never")));

		MockHttpSession renewed = (MockHttpSession) mvc.perform(post("/account/sessions/end").session(here).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions"))
			.andExpect(flash().attributeExists("notice"))
			.andReturn().getRequest().getSession(false);

		assertThat(renewed.getId()).as("a new id for the session that stays").isNotEqualTo(idBefore);
		mvc.perform(get("/account/sessions").session(renewed).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All sessions last ended at once: 20")));
		mvc.perform(get("/work").session(elsewhere)).andExpect(redirectedUrl("/login?sessionsEnded"));
		assertThat(elsewhere.isInvalid()).isTrue();
		mvc.perform(get("/login?sessionsEnded&lang=en"))
			.andExpect(content().string(containsString("All your sessions were ended")));
		PageSessions.signIn(mvc, officer);
		assertThat(auditEntries(officer)).isEqualTo(1);
	}

	@Test
	void anAdministratorEndsAnOfficersSessionsOnTheOfficersPage() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		MockHttpSession session = PageSessions.signIn(mvc, officer);
		String end = "/admin/officers/" + officer.officerId() + "/account/sessions/end";

		mvc.perform(post(end).session(session).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/work").session(session)).andExpect(status().isOk());

		mvc.perform(post(end).with(user(bureau.admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/officers/" + officer.officerId()));

		mvc.perform(get("/work").session(session)).andExpect(redirectedUrl("/login?sessionsEnded"));
		mvc.perform(get("/admin/officers/{id}", officer.officerId()).with(user(bureau.admin())).param("lang", "en"))
			.andExpect(content().string(containsString("id=\"end-sessions\"")))
			.andExpect(content().string(containsString("objectId=" + officer.getUsername() + "&amp;action=SIGN_IN")))
			.andExpect(content().string(containsString("All sessions last ended at once: 20")));
		assertThat(auditEntries(officer)).isEqualTo(1);
	}

	@Test
	void anAdministratorEndingTheirOwnSessionsKeepsTheOneTheyWorkIn() throws Exception {
		SignedInOfficer admin = fixtures.bureau().admin();
		MockHttpSession here = PageSessions.signIn(mvc, admin);
		MockHttpSession elsewhere = PageSessions.signIn(mvc, admin);

		MockHttpSession renewed = (MockHttpSession) mvc.perform(post("/admin/officers/{id}/account/sessions/end", admin.officerId())
			.session(here).with(csrf()))
			.andExpect(redirectedUrl("/admin/officers/" + admin.officerId()))
			.andReturn().getRequest().getSession(false);

		mvc.perform(get("/admin/officers/{id}", admin.officerId()).session(renewed)).andExpect(status().isOk());
		mvc.perform(get("/work").session(elsewhere)).andExpect(redirectedUrl("/login?sessionsEnded"));
	}

	@Test
	void theApiEndsOnesOwnSessionsAndAnAdministratorsOnlyWithinTheBureau() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		MockHttpSession session = PageSessions.signIn(mvc, officer);

		mvc.perform(delete("/api/v1/me/sessions").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/work").session(session)).andExpect(redirectedUrl("/login?sessionsEnded"));

		session = PageSessions.signIn(mvc, officer);
		String officerSessions = "/api/v1/officers/" + officer.officerId() + "/sessions";
		mvc.perform(delete(officerSessions).with(user(officer))).andExpect(status().isForbidden());
		mvc.perform(delete(officerSessions).with(user(fixtures.bureau().admin()))).andExpect(status().isNotFound());
		mvc.perform(get("/work").session(session)).andExpect(status().isOk());
		mvc.perform(delete(officerSessions).with(user(bureau.admin()))).andExpect(status().isNoContent());
		mvc.perform(get("/work").session(session)).andExpect(redirectedUrl("/login?sessionsEnded"));
		assertThat(auditEntries(officer)).isEqualTo(2);
	}

	private int auditEntries(SignedInOfficer officer) {
		return jdbc.queryForObject("select count(*) from audit_log where action = 'ACCOUNT_SESSIONS_ENDED' and object_type = 'ACCOUNT' and object_id = ?",
				Integer.class, String.valueOf(officer.accountId()));
	}
}
