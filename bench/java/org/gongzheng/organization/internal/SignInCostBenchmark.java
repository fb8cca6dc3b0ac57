package org.gongzheng.organization.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.bench.Machine;
import org.gongzheng.organization.SignedInOfficer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the account checks add to every request: the session refresh that reloads the officer's
 * account before each page, and the sign-in limit's lookup before each HTTP Basic call, the latter
 * with {@code bench.failures} (default 100,000) recent failures in the table, as during a guessing
 * attack on many accounts, and the check of an access token before each Bearer call. Each is timed
 * alone and beside the whole request it is part of (a page with a session, an API call signing in
 * with Basic or with a token), through MockMvc on the embedded PostgreSQL.
 */
@IntegrationTest
class SignInCostBenchmark {

	private static final int CALLS = Integer.getInteger("bench.calls", 2_000);

	/** Each HTTP Basic call hashes the password on purpose slowly, so fewer of them are timed. */
	private static final int BASIC_CALLS = Math.max(1, CALLS / 10);

	private static final int FAILURES = Integer.getInteger("bench.failures", 100_000);

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final SessionOfficers officers;

	private final SignInLimit limit;

	private final ApiTokens tokens;

	private final JdbcTemplate jdbc;

	SignInCostBenchmark(MockMvc mvc, Fixtures fixtures, SessionOfficers officers, SignInLimit limit, ApiTokens tokens,
			JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.officers = officers;
		this.limit = limit;
		this.tokens = tokens;
		this.jdbc = jdbc;
	}

	@Test
	void theAccountChecksOfEveryRequest() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		String account = officer.getUsername();
		fillFailures();
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin().user(account).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession(false);

		double[] refresh = time(CALLS, () -> officers.current(officer).orElseThrow());
		double[] lookup = time(CALLS, () -> limit.succeeded(limit.begin(account, "10.1.2.3")));
		double[] page = time(CALLS, () -> mvc.perform(get("/account/password").session(session)).andExpect(status().isOk()));
		String token = tokens.create(officer, "bench", 1).token();
		double[] tokenCheck = time(CALLS, () -> tokens.signIn(token).orElseThrow().officer());
		double[] bearer = time(CALLS, () -> mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()));
		double[] basic = time(BASIC_CALLS, () -> mvc.perform(get("/api/v1/me").with(httpBasic(account, Fixtures.PASSWORD)))
			.andExpect(status().isOk()));
		jdbc.update("delete from sign_in_failures");

		Machine.report("sign-in-cost", """
				## Account checks on every request

				%s
				- calls measured per row: %,d after as many warm-up (the API call: %,d); sign_in_failures rows: %,d

				| what | median | p95 |
				|---|---|---|
				| session refresh: the account, officer and unit reloaded (per page) | %.0f µs | %.0f µs |
				| sign-in limit: the attempt counted, the others looked up, the attempt forgotten (per HTTP Basic call and per sign-in) | %.0f µs | %.0f µs |
				| a whole page with a session (`GET /account/password`), refresh included | %.0f µs | %.0f µs |
				| a whole API call over HTTP Basic (`GET /api/v1/me`), lookup and password hash included | %.0f µs | %.0f µs |
				| access token check: the token's row and the account read (per Bearer call) | %.0f µs | %.0f µs |
				| a whole API call with an access token (`GET /api/v1/me`, Bearer) | %.0f µs | %.0f µs |

				The session refresh is %.0f %% of the page's median; the sign-in limit is %.1f %% of the Basic call's. A call
				with an access token takes %.1f %% of the time of the same call over Basic.
				""".formatted(Machine.describe(jdbc), CALLS, BASIC_CALLS, FAILURES, refresh[0], refresh[1], lookup[0], lookup[1],
				page[0], page[1], basic[0], basic[1], tokenCheck[0], tokenCheck[1], bearer[0], bearer[1],
				100 * refresh[0] / page[0], 100 * lookup[0] / basic[0], 100 * bearer[0] / basic[0]));
	}

	/** Five failures each from 20,000 accounts at as many addresses, all within the pause. */
	private void fillFailures() {
		jdbc.update("delete from sign_in_failures");
		jdbc.update("""
				insert into sign_in_failures (account, client_address, failed_at)
				select 'guessed-' || (n / 5), '10.0.' || (n % 250) || '.' || (n / 250 % 250), ?
				from generate_series(1, ?) n""", Timestamp.from(Instant.now()), FAILURES);
		jdbc.execute("analyze sign_in_failures");
	}

	/** Median and p95 in microseconds of {@code calls} calls, after as many unmeasured. */
	private static double[] time(int calls, Call call) throws Exception {
		for (int i = 0; i < calls; i++) {
			call.run();
		}
		long[] nanos = new long[calls];
		for (int i = 0; i < calls; i++) {
			long started = System.nanoTime();
			call.run();
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		return new double[] { nanos[calls / 2] / 1e3, nanos[(int) Math.ceil(0.95 * calls) - 1] / 1e3 };
	}

	@FunctionalInterface
	private interface Call {

		void run() throws Exception;
	}
}
