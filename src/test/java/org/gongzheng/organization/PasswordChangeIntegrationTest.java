package org.gongzheng.organization;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An officer changes their own password, on the page or through the API, by proving the current one. */
@IntegrationTest
class PasswordChangeIntegrationTest {

	private static final String NEW_PASSWORD = "N3w-passw0rd";

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	PasswordChangeIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void afterAChangeOnThePageOnlyTheNewPasswordSignsIn() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		mvc.perform(get("/account/password").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-form\"")));

		mvc.perform(post("/account/password").with(user(officer)).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
			.param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account/password"));

		mvc.perform(formLogin().user(officer.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(officer.getUsername()).password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_log where action = 'ACCOUNT_PASSWORD_CHANGED' and object_id = ? and actor = ?""",
				Integer.class, String.valueOf(officer.accountId()), officer.getUsername())).isEqualTo(1);
	}

	@Test
	void eachProblemIsShownBesideItsFieldNoPasswordIsShownAgainAndNothingChanges() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();

		mvc.perform(post("/account/password").with(user(officer)).with(csrf()).param("currentPassword", "not-it-1")
			.param("newPassword", "short").param("confirmation", "other"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("当前密码不正确")))
			.andExpect(content().string(containsString("密码至少 8 位，且须同时包含字母和数字")))
			.andExpect(content().string(containsString("两次输入的新密码不一致")))
			.andExpect(content().string(not(containsString("not-it-1"))))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		mvc.perform(post("/account/password").with(user(officer)).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
			.param("newPassword", Fixtures.PASSWORD).param("confirmation", Fixtures.PASSWORD).param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The new password must differ from the current one")));

		mvc.perform(formLogin().user(officer.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void theApiChangesThePasswordForTheNextCalls() throws Exception {
		String account = fixtures.bureau().officer().getUsername();
		mvc.perform(put("/api/v1/me/password").with(httpBasic(account, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"currentPassword": "wrong-one-1", "newPassword": "N3w-passw0rd"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));

		mvc.perform(put("/api/v1/me/password").with(httpBasic(account, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"currentPassword": "%s", "newPassword": "%s"}""".formatted(Fixtures.PASSWORD, NEW_PASSWORD)))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/me").with(httpBasic(account, NEW_PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic(account, Fixtures.PASSWORD))).andExpect(status().isUnauthorized());
	}

	@Test
	void aPasswordAnAdministratorSetMustBeReplacedBeforeAnythingElse() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		String temporary = "Temp0rary-1";
		mvc.perform(post("/admin/officers/{id}/account/password", officer.officerId()).param("password", temporary)
			.with(user(bureau.admin())).with(csrf())).andExpect(status().is3xxRedirection());

		mvc.perform(get("/admin/officers/{id}", officer.officerId()).with(user(bureau.admin())))
			.andExpect(content().string(containsString("id=\"password-change-required\"")));

		MvcResult signedIn = mvc.perform(formLogin().user(officer.getUsername()).password(temporary))
			.andExpect(redirectedUrl("/")).andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		mvc.perform(get("/work").session(session)).andExpect(redirectedUrl("/account/password?required"));
		// The change page's own menu asks for the queue count; sending it to the page again would loop.
		mvc.perform(get("/approvals/waiting-count").session(session).header("HX-Request", "true"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("HX-Redirect"));
		mvc.perform(get("/account/password?required").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的密码是管理员设置的")));
		mvc.perform(get("/api/v1/cases").with(httpBasic(officer.getUsername(), temporary)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("account.passwordChangeRequired"));
		mvc.perform(get("/api/v1/me").with(httpBasic(officer.getUsername(), temporary))).andExpect(status().isOk());

		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", temporary)
			.param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account/password"));

		mvc.perform(get("/work").session(session)).andExpect(status().isOk());
		mvc.perform(get("/admin/officers/{id}", officer.officerId()).with(user(bureau.admin())))
			.andExpect(content().string(not(containsString("id=\"password-change-required\""))));
		mvc.perform(get("/api/v1/cases").with(httpBasic(officer.getUsername(), NEW_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void wrongCurrentPasswordsCountTowardsTheSignInLimit() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/account/password").with(user(officer)).with(csrf()).param("currentPassword", "guess-" + i)
				.param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
				.andExpect(status().isBadRequest());
		}

		mvc.perform(post("/account/password").with(user(officer)).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
			.param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("连续输错密码次数过多，暂停到")));
		mvc.perform(formLogin().user(officer.getUsername()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?paused"));
	}
}
