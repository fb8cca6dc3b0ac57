package org.gongzheng.organization.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two tokens made at the same moment cannot together pass the limit of usable tokens. */
@IntegrationTest
class ApiTokensConcurrencyTest {

	private final ApiTokens tokens;

	private final Fixtures fixtures;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	ApiTokensConcurrencyTest(ApiTokens tokens, Fixtures fixtures, TransactionTemplate transactions, JdbcTemplate jdbc) {
		this.tokens = tokens;
		this.fixtures = fixtures;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@Test
	void theTwentiethAndTwentyFirstTokenMadeAtOnceGiveOneTokenAndOneRefusal() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		for (int i = 1; i <= 19; i++) {
			tokens.create(officer, "终端 " + i, 30);
		}
		CountDownLatch twentiethMade = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
			tokens.create(officer, "终端 20", 30);
			twentiethMade.countDown();
			Races.holdUntil(commit);
		}));
		assertThat(twentiethMade.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tokens.create(officer, "终端 21", 30));
		Races.untilWaitingForALock(jdbc, second);
		commit.countDown();
		first.get(20, TimeUnit.SECONDS);

		assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOf(InvalidInputException.class);
		assertThat(jdbc.queryForObject("select count(*) from api_tokens where account_id = ?", Integer.class,
				officer.accountId())).isEqualTo(20);
	}
}
