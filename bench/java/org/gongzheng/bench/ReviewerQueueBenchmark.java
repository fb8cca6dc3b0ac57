package org.gongzheng.bench;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.TestCases;
import org.gongzheng.approval.internal.ApprovalQueries;
import org.gongzheng.approval.internal.QueueGroup;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's queue 待审 with many requests waiting: {@code bench.pending} filings (default 500)
 * at a station's first link, all overdue. The station head's queue lists every one as waiting for
 * him; the bureau leader's lists every one as overdue in his scope. Each queue is read 30 times
 * after a warm-up; the median is reported.
 */
@SpringBootTest(properties = { "gongzheng.supervision.cron=-", "gongzheng.supervision.on-events=false" })
class ReviewerQueueBenchmark {

	private static final int PENDING = Integer.getInteger("bench.pending", 500);

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final ApprovalQueries queries;

	private final JdbcTemplate jdbc;

	ReviewerQueueBenchmark(Fixtures fixtures, TestCases testCases, ApprovalQueries queries, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.queries = queries;
		this.jdbc = jdbc;
	}

	@Test
	void theQueuesOfAStationHeadAndABureauLeaderWithManyRequestsWaiting() {
		Fixtures.Bureau bureau = fixtures.bureau();
		for (int i = 0; i < PENDING; i++) {
			LawCase lawCase = testCases.acceptedWithRecord(bureau, "待审基准案件" + i);
			testCases.submit(bureau, lawCase, CaseTransition.FILE);
		}
		jdbc.update("""
				update approval_requests set current_due_at = now() - interval '1 hour'
				where status = 'PENDING' and case_unit_path like ?""", bureau.bureau().getPath() + "%");

		double chief = medianMillis(bureau.stationChief(), true);
		double leader = medianMillis(bureau.leader(), false);
		double leaderStale = Reads.medianMillis(() -> queries.staleFor(bureau.leader()));
		double handlerStale = Reads.medianMillis(() -> queries.staleFor(bureau.officer()));
		Machine.report("queue", """
				## Reviewer queue benchmark (issue 3)

				%s
				%d requests pending at the first link of one station, all overdue; each queue read 30 times
				after 10 warm-up reads (`ApprovalQueries.queue`, one read-only transaction).

				| whose queue | what it lists | median per read |
				|---|---|---|
				| the station head (REVIEWER) | %d waiting for his signature (every signing rule but reading checked for each) | %.1f ms |
				| a bureau leader (LEADER) | %d overdue in his scope | %.1f ms |

				"My work" also looks for pending requests whose case changed after submission, which the
				officer is to resubmit (`ApprovalQueries.staleFor`; none is stale here, so every pending
				request in scope is checked):

				| whose list | pending requests in scope | median per read |
				|---|---|---|
				| the bureau leader's (he submitted none and handles none) | %d | %.1f ms |
				| the handling officer's (he submitted all of them) | %d | %.1f ms |
				""".formatted(Machine.describe(jdbc), PENDING, PENDING, chief, PENDING, leader, PENDING, leaderStale,
				PENDING, handlerStale));
	}

	private double medianMillis(SignedInOfficer officer, boolean signer) {
		ApprovalQueries.Queue queue = queries.queue(officer, 10);
		assertThat(queue.total(signer ? QueueGroup.WAITING_FOR_ME : QueueGroup.OVERDUE_IN_SCOPE))
			.isGreaterThanOrEqualTo(PENDING);
		return Reads.medianMillis(() -> queries.queue(officer, 10));
	}
}
