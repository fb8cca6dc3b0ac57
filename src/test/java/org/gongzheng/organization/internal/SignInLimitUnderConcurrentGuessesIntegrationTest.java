package org.gongzheng.organization.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls sent all at once, over real connections: each is counted while its password is checked, so
 * no more guesses are checked than the limit allows, where checking first let them all through;
 * calls with the right password wait their turn and are all answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInLimitUnderConcurrentGuessesIntegrationTest {

	private static final int GUESSES = 30;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	SignInLimitUnderConcurrentGuessesIntegrationTest(Fixtures fixtures, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void thirtyGuessesSentTogetherGetNoMoreThanFivePasswordsCheckedInAllAndThenThePauseHolds() throws Exception {
		String account = fixtures.bureau().officer().getUsername();
		ExecutorService threads = Executors.newFixedThreadPool(GUESSES);
		try {
			HttpClient client = HttpClient.newBuilder().executor(threads).build();
			List<Integer> answers = sentTogether(client, account, i -> "wrong-" + i);

			assertThat(answers).isSubsetOf(401, 429);
			long checked = answers.stream().filter(status -> status == 401).count();
			assertThat(checked).isLessThanOrEqualTo(5);
			assertThat(jdbc.queryForObject("select count(*) from sign_in_failures where account = ?", Long.class,
					account)).isEqualTo(checked);

			// Guessing on, one at a time, gets exactly as many checked as the limit allows in all.
			for (int more = 0; more < 10
					&& client.send(call(account, "wrong-again"), HttpResponse.BodyHandlers.ofString()).statusCode() == 401; more++) {
				checked++;
			}
			assertThat(checked).isEqualTo(5);
			HttpResponse<String> right = client.send(call(account, Fixtures.PASSWORD), HttpResponse.BodyHandlers.ofString());
			assertThat(right.statusCode()).isEqualTo(429);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void callsSentTogetherWithTheRightPasswordAreAllAnsweredAndLeaveNothingCounted() throws Exception {
		String account = fixtures.bureau().officer().getUsername();
		ExecutorService threads = Executors.newFixedThreadPool(GUESSES);
		try {
			HttpClient client = HttpClient.newBuilder().executor(threads).build();
			List<Integer> answers = sentTogether(client, account, i -> Fixtures.PASSWORD);

			assertThat(answers).containsOnly(200);
			assertThat(jdbc.queryForObject("select count(*) from sign_in_failures where account = ?", Integer.class,
					account)).isZero();
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aSignInThatSucceedsLeavesNothingCounted() throws Exception {
		String account = fixtures.bureau().officer().getUsername();
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(call(account, Fixtures.PASSWORD), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from sign_in_failures where account = ?", Integer.class,
				account)).isZero();
	}

	/** The statuses of {@code GUESSES} sign-ins sent at once, the i-th with {@code password.apply(i)}. */
	private List<Integer> sentTogether(HttpClient client, String account, IntFunction<String> password) {
		List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, GUESSES)
			.mapToObj(i -> client.sendAsync(call(account, password.apply(i)), HttpResponse.BodyHandlers.ofString()))
			.toList();
		return sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
	}

	private HttpRequest call(String account, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
			.header("Authorization", "Basic " + credentials)
			.GET()
			.build();
	}
}
