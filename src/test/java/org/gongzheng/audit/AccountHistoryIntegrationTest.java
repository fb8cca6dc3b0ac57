package org.gongzheng.audit;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.PageSessions;
import org.gongzheng.audit.internal.AccountHistory;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An officer sees their own recent sign-ins and refused attempts, where they came from, and what changed in their account. */
@IntegrationTest
class AccountHistoryIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	AccountHistoryIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
	}

	@Test
	void theOfficerSeesTheirSignInsAndRefusedAttemptsNewestFirstAndNobodyElses() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		mvc.perform(get("/account/history").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-sign-ins\"")));

		mvc.perform(formLogin().user(officer.getUsername()).password("not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/me").with(httpBasic(officer.getUsername(), "also-wrong")))
			.andExpect(status().isUnauthorized());
		PageSessions.signIn(mvc, officer);
		// A successful API call signs in on every request and is not listed.
		mvc.perform(get("/api/v1/me").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD))).andExpect(status().isOk());

		mvc.perform(get("/account/history").with(user(officer)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Signed in", "Wrong password", "Wrong password")))
			.andExpect(content().string(containsString("127.0.0.1")));
		mvc.perform(get("/api/v1/me/sign-ins").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.totalElements").value(3))
			.andExpect(jsonPath("$.content[0].result").value("SIGNED_IN"))
			.andExpect(jsonPath("$.content[1].result").value("WRONG_PASSWORD"))
			.andExpect(jsonPath("$.content[2].result").value("WRONG_PASSWORD"))
			.andExpect(jsonPath("$.content[0].address").value("127.0.0.1"));

		mvc.perform(get("/api/v1/me/sign-ins").with(user(bureau.reviewer()))).andExpect(jsonPath("$.content").isEmpty());
	}

	@Test
	void theOfficerSeesWhatWasChangedAboutTheirAccountAndByWhom() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		mvc.perform(post("/api/v1/me/tokens").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"终端\"}")).andExpect(status().isCreated());
		mvc.perform(delete("/api/v1/officers/{id}/sessions", officer.officerId()).with(user(bureau.admin())))
			.andExpect(status().isNoContent());

		// Ending the sessions ended the one the fixture holds too: the officer signs in again.
		mvc.perform(get("/account/history").session(PageSessions.signIn(mvc, officer)).param("lang", "en"))
			.andExpect(content().string(stringContainsInOrder("Account changes", "All sessions ended",
					bureau.admin().getUsername(), "Access token made", officer.getUsername())));
		mvc.perform(get("/api/v1/me/account-changes").with(httpBasic(officer.getUsername(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.content[0].action").value("ACCOUNT_SESSIONS_ENDED"))
			.andExpect(jsonPath("$.content[0].by").value(bureau.admin().getUsername()))
			.andExpect(jsonPath("$.content[0].address").doesNotExist())
			.andExpect(jsonPath("$.content[1].address").value("127.0.0.1"))
			.andExpect(jsonPath("$.content[1].action").value("API_TOKEN_CREATED"));
		mvc.perform(get("/api/v1/me/account-changes").with(user(bureau.reviewer())))
			.andExpect(jsonPath("$.content[*].action", not(hasItem("ACCOUNT_SESSIONS_ENDED"))));
	}

	@Test
	void aLongHistoryPagesEachListOnItsOwnKeepingTheOtherListsPage() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		for (int i = 0; i <= AccountHistory.PAGE_SIZE; i++) {
			PageSessions.signIn(mvc, officer);
		}

		mvc.perform(get("/account/history").with(user(officer)).param("changesPage", "2").param("lang", "en"))
			.andExpect(content().string(containsString("Page 1 of 2")))
			// Two pagers on one page: a screen reader lists each by its list's name.
			.andExpect(content().string(containsString("<nav aria-label=\"Sign-ins: pages\">")))
			.andExpect(content().string(containsString("/account/history?changesPage=2&amp;signInsPage=1")))
			.andExpect(content().string(containsString("id=\"sign-ins-total\">" + (AccountHistory.PAGE_SIZE + 1) + " in total")));
		mvc.perform(get("/account/history").with(user(officer)).param("signInsPage", "1").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 of 2")))
			.andExpect(content().string(containsString("/account/history?changesPage=0&amp;signInsPage=0")));
		mvc.perform(get("/account/history").with(user(officer)).param("signInsPage", "-3").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 2")));

		mvc.perform(get("/api/v1/me/sign-ins").with(user(officer)).param("page", "1").param("size", "30"))
			.andExpect(jsonPath("$.totalElements").value(AccountHistory.PAGE_SIZE + 1))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.content.length()").value(1));
		mvc.perform(get("/api/v1/me/sign-ins").with(user(officer)).param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].message").value("每页条数须在 1 到 100 之间"));
		mvc.perform(get("/api/v1/me/sign-ins").with(user(officer)).param("size", "100"))
			.andExpect(jsonPath("$.size").value(100));
	}

	@Test
	void afterSigningInTheWorkPageWarnsOfAttemptsRefusedSinceThePreviousSignInButNotOfOwnTypos() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		PageSessions.signIn(mvc, officer);
		wrongPassword(officer, "10.1.2.3");
		wrongPassword(officer, "10.1.2.3");
		// The officer mistyping just before signing in, from where they sign in.
		wrongPassword(officer, "127.0.0.1");
		MockHttpSession session = PageSessions.signIn(mvc, officer);

		mvc.perform(get("/work").session(session))
			.andExpect(content().string(containsString("hx-get=\"/account/history/notice\"")));
		mvc.perform(get("/account/history/notice").session(session).param("lang", "en"))
			.andExpect(content().string(containsString("id=\"refused-sign-ins\"")))
			.andExpect(content().string(containsString(", 2 attempts to sign in to your account were refused")));

		MockHttpSession next = PageSessions.signIn(mvc, officer);
		mvc.perform(get("/account/history/notice").session(next))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("refused-sign-ins"))));
	}

	@Test
	void aSessionSignedInEarlierIsNotWarnedOfAttemptsRefusedBeforeALaterSignInElsewhere() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		PageSessions.signIn(mvc, officer);
		MockHttpSession desk = PageSessions.signIn(mvc, officer);
		mvc.perform(get("/account/history/notice").session(desk))
			.andExpect(content().string(not(containsString("refused-sign-ins"))));
		wrongPassword(officer, "10.1.2.3");
		wrongPassword(officer, "10.1.2.3");
		MockHttpSession phone = PageSessions.signIn(mvc, officer);

		mvc.perform(get("/account/history/notice").session(phone).param("lang", "en"))
			.andExpect(content().string(containsString(", 2 attempts to sign in to your account were refused")));
		mvc.perform(get("/account/history/notice").session(desk))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("refused-sign-ins"))));
	}

	@Test
	void aSessionFirstOpenedOnAnotherPageIsWarnedOfTheAttemptsBeforeItsOwnSignInNotALaterOne() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		PageSessions.signIn(mvc, officer);
		wrongPassword(officer, "10.1.2.3");
		wrongPassword(officer, "10.1.2.3");
		// Opened from a bookmark of a case list, not the work page that asks for the notice.
		MockHttpSession bookmark = PageSessions.signIn(mvc, officer);
		mvc.perform(get("/cases").session(bookmark)).andExpect(status().isOk());
		MockHttpSession phone = PageSessions.signIn(mvc, officer);

		mvc.perform(get("/account/history/notice").session(bookmark).param("lang", "en"))
			.andExpect(content().string(containsString(", 2 attempts to sign in to your account were refused")));
		mvc.perform(get("/account/history/notice").session(phone))
			.andExpect(content().string(not(containsString("refused-sign-ins"))));
	}

	private void wrongPassword(SignedInOfficer officer, String address) throws Exception {
		mvc.perform(post("/login").param("username", officer.getUsername()).param("password", "wrong")
			.with(csrf()).with(request -> {
				request.setRemoteAddr(address);
				return request;
			}))
			.andExpect(redirectedUrl("/login?error"));
	}
}
