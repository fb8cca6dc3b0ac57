package org.gongzheng.casework.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.gongzheng.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case's next deadline is a cache outside the case version (moving a deadline does not change
 * the file approvals are pinned to), so two extensions of different deadlines of one case at once
 * are ordered by the case row lock: the second recomputes after the first has committed, and the
 * cache ends equal to the earliest open deadline, not to what either saw alone.
 */
@IntegrationTest
class NextDeadlineConcurrencyTest {

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final Deadlines deadlines;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	NextDeadlineConcurrencyTest(Fixtures fixtures, TestCases testCases, Deadlines deadlines,
			TransactionTemplate transactions, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.deadlines = deadlines;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@Test
	void twoExtensionsOfOneCaseAtOnceLeaveTheEarliestOpenDeadlineAsItsNext() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "两个期限同时延长案");
		long handling = jdbc.queryForObject("select id from case_deadlines where case_id = ?", Long.class, lawCase.getId());
		Instant handlingDue = jdbc.queryForObject("select due_at from case_deadlines where id = ?", Timestamp.class, handling)
			.toInstant();
		// A second, earlier deadline, extended by 20 days past the first one's due date.
		long earlier = jdbc.queryForObject("""
				insert into case_deadlines (case_id, rule_code, duration_unit, max_extension, warn_before_hours, started_at, due_at)
				values (?, 'ADMIN_CASE_HANDLING', 'DAYS', 30, 72, now(), ?) returning id""", Long.class, lawCase.getId(),
				Timestamp.from(handlingDue.minus(Duration.ofDays(5))));
		long officer = bureau.officer().officerId();
		long leader = bureau.leader().officerId();

		CountDownLatch firstExtended = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			deadlines.applyApprovedExtension(PendingAction.extension(lawCase.getId(), earlier, 20, false, "第一项延长",
					officer, Instant.now()), leader);
			firstExtended.countDown();
			Races.holdUntil(mayCommit);
		}));
		assertThat(firstExtended.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status ->
				deadlines.applyApprovedExtension(PendingAction.extension(lawCase.getId(), handling, 10, false, "第二项延长",
						officer, Instant.now()), leader)));
		// Let the second run as far as it can while the first is still open, then commit the first.
		Races.untilWaitingForALock(jdbc, second);
		mayCommit.countDown();
		first.get(20, TimeUnit.SECONDS);
		second.get(20, TimeUnit.SECONDS);

		Instant next = jdbc.queryForObject("select next_deadline_at from cases where id = ?", Timestamp.class,
				lawCase.getId()).toInstant();
		Instant earliestOpen = jdbc.queryForObject(
				"select min(due_at) from case_deadlines where case_id = ? and closed_at is null", Timestamp.class,
				lawCase.getId()).toInstant();
		assertThat(next).isEqualTo(earliestOpen);
	}
}
