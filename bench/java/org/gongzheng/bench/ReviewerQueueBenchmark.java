package org.gongzheng.bench;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.approval.internal.ApprovalQueries;
import org.gongzheng.approval.internal.QueueGroup;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's queue 待审 with many requests waiting: {@code bench.pending} filings (default 500)
 * at a station's first link, all overdue. The station head's queue lists every one as waiting for
 * him; the bureau leader's lists every one as overdue in his scope. Each queue is read 30 times
 * after a warm-up; the median is reported. Around them, {@code bench.others} (default 50,000)
 * closed cases of another bureau, each with its approved filing, so that PostgreSQL plans the reads
 * as it would on a province's tables and a read that grows with them shows in its rows per table.
 */
@SpringBootTest(properties = { "gongzheng.supervision.cron=-", "gongzheng.supervision.on-events=false" })
class ReviewerQueueBenchmark {

	private static final int PENDING = Integer.getInteger("bench.pending", 500);

	private static final int OTHERS = Integer.getInteger("bench.others", 50_000);

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final ApprovalQueries queries;

	private final JdbcTemplate jdbc;

	ReviewerQueueBenchmark(Fixtures fixtures, TestCases testCases, TestApprovals testApprovals, ApprovalQueries queries,
			JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.queries = queries;
		this.jdbc = jdbc;
	}

	@Test
	void theQueuesOfAStationHeadAndABureauLeaderWithManyRequestsWaiting() {
		otherBureausClosedCases();
		Fixtures.Bureau bureau = fixtures.bureau();
		for (int i = 0; i < PENDING; i++) {
			LawCase lawCase = testCases.acceptedWithRecord(bureau, "待审基准案件" + i);
			testCases.submit(bureau, lawCase, CaseTransition.FILE);
		}
		jdbc.update("""
				update approval_requests set current_due_at = now() - interval '1 hour'
				where status = 'PENDING' and case_unit_path like ?""", bureau.bureau().getPath() + "%");
		// As autovacuum would have by now: the planner's estimates count the pending requests too, and
		// the visibility map covers the loaded rows (see BenchDatabases.settle).
		BenchDatabases.settle(jdbc, "cases");
		BenchDatabases.settle(jdbc, "approval_requests");

		assertThat(queries.queue(bureau.stationChief(), 10).total(QueueGroup.WAITING_FOR_ME)).isGreaterThanOrEqualTo(PENDING);
		assertThat(queries.queue(bureau.leader(), 10).total(QueueGroup.OVERDUE_IN_SCOPE)).isGreaterThanOrEqualTo(PENDING);

		ReadCosts costs = new ReadCosts(jdbc);
		double chief = costs.medianMillis("station head's queue", () -> queries.queue(bureau.stationChief(), 10));
		double leader = costs.medianMillis("bureau leader's queue", () -> queries.queue(bureau.leader(), 10));
		double leaderStale = costs.medianMillis("leader's stale", () -> queries.staleFor(bureau.leader()));
		double handlerStale = costs.medianMillis("handler's stale", () -> queries.staleFor(bureau.officer()));
		Machine.report("queue", """
				## Reviewer queue benchmark (issue 3)

				%s
				%d requests pending at the first link of one station, all overdue, beside %,d closed cases of
				another bureau with their approved filings; each queue read 30 times after 10 warm-up reads
				(`ApprovalQueries.queue`, one read-only transaction).

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

				Rows each read takes from each table (pg_stat_user_tables over the 40 reads, per read): fetched
				by index + read sequentially, then how many index and sequential scans.

				%s""".formatted(Machine.describe(jdbc), PENDING, OTHERS, PENDING, chief, PENDING, leader, PENDING, leaderStale,
				PENDING, handlerStale, costs.table()));
	}

	/** Copies one approved filing of another bureau, its case closed, {@code OTHERS} times. */
	private void otherBureausClosedCases() {
		Fixtures.Bureau other = fixtures.bureau();
		LawCase model = testCases.acceptedWithRecord(other, "其他单位已结案件");
		long request = testCases.submitForApproval(other, model, CaseTransition.FILE);
		testApprovals.approveAll(request);
		String cases = Columns.of(jdbc, "cases", "id", "case_number", "state", "closed_at");
		jdbc.update("insert into cases (case_number, state, closed_at, " + cases + ") select 'BENCH-OTHER-' || g, "
				+ "'CLOSED', now(), " + cases + " from cases, generate_series(1, ?) g where id = ?", OTHERS, model.getId());
		String requests = Columns.of(jdbc, "approval_requests", "id", "case_id", "case_number");
		jdbc.update("insert into approval_requests (case_id, case_number, " + requests + ") select c.id, c.case_number, "
				+ requests.replaceAll("(\\w+)", "r.$1") + " from cases c, approval_requests r "
				+ "where c.case_number like 'BENCH-OTHER-%' and r.id = ?", request);
	}
}
