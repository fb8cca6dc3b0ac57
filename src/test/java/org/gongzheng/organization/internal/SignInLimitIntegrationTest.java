package org.gongzheng.organization.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Five wrong passwords for one account from one address pause that account's sign-ins from there
 * (the right password included) for fifteen minutes after the last; other addresses are not held up.
 * An administrator may lift the pause sooner.
 */
@IntegrationTest
class SignInLimitIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	SignInLimitIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void fiveWrongPasswordsOnTheFormPauseTheAccountThereButNotAtAnotherComputer() throws Exception {
		String account = fixtures.bureau().officer().getUsername();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(account).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}

		MvcResult refused = mvc.perform(formLogin().user(account).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?paused"))
			.andReturn();
		mvc.perform(get("/login?paused").session((MockHttpSession) refused.getRequest().getSession(false)))
			.andExpect(content().string(matchesPattern("(?s).*登录已暂停到 \\d\\d:\\d\\d，.*")))
			.andExpect(content().string(containsString("value=\"" + account + "\"")));
		mvc.perform(post("/login").param("username", account).param("password", Fixtures.PASSWORD).with(csrf())
			.with(from("10.9.8.7"))).andExpect(redirectedUrl("/"));
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_log where action = 'SIGN_IN' and outcome = 'FAILURE' and actor = ?
				and details = 'LockedException'""", Integer.class, account)).isEqualTo(1);
	}

	@Test
	void spacesAroundTheAccountNameDoNotGetPastAPauseSinceSigningInIgnoresThem() throws Exception {
		String account = fixtures.bureau().officer().getUsername();
		failFiveTimes(account);

		for (String typed : new String[] { account + " ", " " + account, "\t" + account + "  " }) {
			mvc.perform(formLogin().user(typed).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?paused"));
		}
		mvc.perform(formLogin().user(account).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?paused"));
	}

	@Test
	void anAccountNameTypedFullWidthOnTheFormSignsInAsTheAccountAndCountsOnItsPause() throws Exception {
		String account = fixtures.bureau().officer().getUsername();
		String fullWidth = Fixtures.fullWidth(account);
		mvc.perform(formLogin().user("\u3000" + fullWidth).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));

		for (int i = 0; i < 5; i++) {
			String typed = i % 2 == 0 ? fullWidth : account;
			mvc.perform(formLogin().user(typed).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user(fullWidth).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?paused"));
		mvc.perform(formLogin().user(account).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?paused"));
		// The officer's own history finds sign-ins by the account's name: every attempt is there.
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'SIGN_IN' and outcome = 'FAILURE'"
				+ " and object_id = ?", Integer.class, account)).isEqualTo(7);
	}

	@Test
	void aFormSignInLeavesAFailureWhenWrongAndNothingWhenRight() throws Exception {
		String account = fixtures.bureau().officer().getUsername();
		mvc.perform(formLogin().user(account).password("wrong")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(account).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));

		assertThat(jdbc.queryForList("select checking from sign_in_failures where account = ?", Boolean.class, account))
			.containsExactly(false);
	}

	@Test
	void theLoginPageSaysUntilWhenSigningInIsPaused() throws Exception {
		mvc.perform(get("/login?paused&lang=en").flashAttr("pausedUntil", "10:45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("signing in is paused until 10:45")));
	}

	@Test
	void fiveWrongPasswordsOverBasicAreAnswered429WithRetryAfter() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/cases").with(httpBasic(officer.getUsername(), "wrong-" + i)))
				.andExpect(status().isUnauthorized());
		}

		mvc.perform(get("/api/v1/cases").with(httpBasic(officer.getUsername().toUpperCase(), Fixtures.PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("\\d+")))
			.andExpect(jsonPath("$.code").value("error.signInPaused"));
	}

	@Test
	void failuresOlderThanThePauseNoLongerCount() throws Exception {
		String account = fixtures.bureau().officer().getUsername();
		Timestamp longAgo = Timestamp.from(Instant.now().minus(16, ChronoUnit.MINUTES));
		for (int i = 0; i < 5; i++) {
			jdbc.update("insert into sign_in_failures (account, client_address, failed_at) values (?, '127.0.0.1', ?)",
					account, longAgo);
		}

		mvc.perform(formLogin().user(account).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdministratorSeesWhereSigningInIsPausedAndLiftsItSoTheOfficerSignsInAtOnce() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		failFiveTimes(officer.getUsername());
		mvc.perform(get("/admin/officers/{id}", officer.officerId()).with(user(officer)))
			.andExpect(status().isForbidden());

		mvc.perform(get("/admin/officers/{id}", officer.officerId()).with(user(bureau.admin())))
			.andExpect(content().string(containsString("id=\"sign-in-pauses\"")))
			.andExpect(content().string(containsString("127.0.0.1，暂停到 ")));
		mvc.perform(post("/admin/officers/{id}/account/sign-in-pauses/lift", officer.officerId()).with(user(bureau.admin()))
			.with(csrf())).andExpect(redirectedUrl("/admin/officers/" + officer.officerId()));

		mvc.perform(formLogin().user(officer.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
		mvc.perform(get("/admin/officers/{id}", officer.officerId()).with(user(bureau.admin())))
			.andExpect(content().string(not(containsString("id=\"sign-in-pauses\""))));
		assertThat(jdbc.queryForObject("""
				select details from audit_log where action = 'ACCOUNT_SIGN_IN_PAUSE_LIFTED' and object_id = ?""",
				String.class, String.valueOf(officer.accountId()))).isEqualTo(officer.getUsername() + " [127.0.0.1]");
	}

	@Test
	void theApiListsAndLiftsPausesForAnAdministratorOfTheOfficersBureauOnly() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		failFiveTimes(officer.getUsername());
		String pauses = "/api/v1/officers/" + officer.officerId() + "/sign-in-pauses";

		mvc.perform(get(pauses).with(user(bureau.admin())))
			.andExpect(jsonPath("$[0].address").value("127.0.0.1"))
			.andExpect(jsonPath("$[0].until").exists());
		mvc.perform(delete(pauses).with(user(officer))).andExpect(status().isForbidden());
		mvc.perform(delete(pauses).with(user(fixtures.bureau().admin()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cases").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isTooManyRequests());

		mvc.perform(delete(pauses).with(user(bureau.admin()))).andExpect(status().isNoContent());

		mvc.perform(get(pauses).with(user(bureau.admin()))).andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/api/v1/cases").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

	private void failFiveTimes(String account) throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(account).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
