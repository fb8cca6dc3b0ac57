package org.gongzheng.bench;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.TestCases;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.internal.RequestFilter;
import org.gongzheng.approval.internal.RequestRegister;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval register 审批台账 of one bureau with {@code bench.requests} requests (default
 * 200,000: about four years of a large city bureau), read by its leader: the first page with the
 * counts per status, as the page shows it, for several filters, and a deep page. One real filing
 * gives the rows their shape; the rest are copied from it by one set-based insert, spread over
 * three years, two stations and every status (5 % pending). Beside them, {@code bench.otherRequests}
 * (default 400,000) requests of another bureau, so that the bureau is a third of the table, as on a
 * province's server, and a read that follows the table rather than the bureau shows.
 */
@SpringBootTest(properties = { "gongzheng.supervision.cron=-", "gongzheng.supervision.on-events=false" })
class RequestRegisterBenchmark {

	private static final int REQUESTS = Integer.getInteger("bench.requests", 200_000);

	private static final int OTHERS = Integer.getInteger("bench.otherRequests", 400_000);

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final RequestRegister register;

	private final JdbcTemplate jdbc;

	RequestRegisterBenchmark(Fixtures fixtures, TestCases testCases, RequestRegister register, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.register = register;
		this.jdbc = jdbc;
	}

	@Test
	void theRegisterOfABureauWithManyRequests() {
		Fixtures.Bureau bureau = fixtures.bureau();
		Fixtures.Bureau other = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "台账基准案件");
		long model = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		long started = System.nanoTime();
		jdbc.update("""
				insert into approval_requests (action, chain_id, case_id, case_number, case_title, case_unit_id,
				    case_unit_path, summary, status, round, current_link, open_link_role, case_version, submitted_by,
				    submitted_at, current_due_at, decided_at, case_party_names)
				select r.action, r.chain_id, r.case_id, '99BENCH-' || lpad(g::text, 8, '0'), '台账基准案件' || g,
				    case when g % 2 = 0 then ? else ? end, case when g % 2 = 0 then ? else ? end, r.summary,
				    s.status, 1 + (g % 7 = 0)::int, case when s.status = 'PENDING' then 1 end,
				    case when s.status = 'PENDING' then r.open_link_role end, r.case_version, r.submitted_by,
				    now() - make_interval(mins => (g * 1051) % (3 * 365 * 24 * 60)),
				    case when s.status = 'PENDING' then now() + make_interval(hours => g % 48 - 6) end,
				    case when s.status <> 'PENDING' then now() - make_interval(mins => (g * 1051) % (3 * 365 * 24 * 60) - 90) end,
				    """ + PartyNames.twoNames("g") + """
				from approval_requests r, generate_series(1, ?) g,
				""" + PartyNames.ARRAYS + """
				    , lateral (select case when g % 100 < 5 then 'PENDING' when g % 100 < 10 then 'RETURNED'
				        when g % 100 < 13 then 'REFUSED' when g % 100 < 15 then 'WITHDRAWN' else 'APPROVED' end as status) s
				where r.id = ?""", bureau.stationOne().getId(), bureau.stationTwo().getId(), bureau.stationOne().getPath(),
				bureau.stationTwo().getPath(), REQUESTS - 1, model);
		String copied = Columns.of(jdbc, "approval_requests", "id", "case_unit_id", "case_unit_path", "submitted_at",
				"status", "current_link", "open_link_role", "current_due_at", "decided_at");
		jdbc.update("insert into approval_requests (case_unit_id, case_unit_path, submitted_at, status, decided_at, "
				+ copied + ") select ?, ?, now() - make_interval(mins => (g * 1051) % (3 * 365 * 24 * 60)), 'APPROVED', "
				+ "now() - make_interval(mins => (g * 1051) % (3 * 365 * 24 * 60) - 90), " + copied.replaceAll("(\\w+)", "r.$1")
				+ " from approval_requests r, generate_series(1, ?) g where r.id = ?", other.stationOne().getId(),
				other.stationOne().getPath(), OTHERS, model);
		// As autovacuum would have by now: statistics and the visibility map follow the loaded rows.
		double visible = BenchDatabases.settle(jdbc, "approval_requests");
		double loadSeconds = (System.nanoTime() - started) / 1e9;

		SignedInOfficer leader = bureau.leader();
		RequestFilter none = RequestFilter.NONE;
		RequestFilter returned = new RequestFilter(Approvals.Status.RETURNED, null, null, null, null, null, null, null);
		RequestFilter station = new RequestFilter(null, null, bureau.stationTwo().getId(), null, null, null, null, null);
		RequestFilter lastMonth = new RequestFilter(null, null, null, null, java.time.LocalDate.now().minusDays(30),
				null, null, null);
		RequestFilter overdue = new RequestFilter(null, null, null, null, null, null, true, null);
		RequestFilter keyword = new RequestFilter(null, null, null, "BENCH-00123", null, null, null, null);
		RequestFilter party = new RequestFilter(null, null, null, "王建国", null, null, null, null);
		assertThat(register.find(none, leader, PageRequest.of(0, 30)).getTotalElements()).isEqualTo(REQUESTS);

		Object[][] filters = { { "none (the page as first opened)", "none", none }, { "status returned", "returned", returned },
				{ "one station (half the bureau)", "one station", station },
				{ "submitted in the last 30 days", "last 30 days", lastMonth }, { "overdue only", "overdue", overdue },
				{ "case number containing `BENCH-00123`", "case number", keyword },
				{ "a party's name `王建国`", "party's name", party } };
		long[] totals = new long[filters.length];
		for (int i = 0; i < filters.length; i++) {
			Page<RequestRegister.Row> first = register.find((RequestFilter) filters[i][2], leader, PageRequest.of(0, 30));
			assertThat(first.getSize()).isEqualTo(30);
			totals[i] = first.getTotalElements();
		}
		// Only the page reads run between the counters' readings, so each column holds its own reads alone.
		ReadCosts costs = new ReadCosts(jdbc);
		double[] pages = new double[filters.length];
		for (int i = 0; i < filters.length; i++) {
			RequestFilter filter = (RequestFilter) filters[i][2];
			pages[i] = costs.medianMillis("page: " + filters[i][1],
					() -> register.findCounted(filter, leader, PageRequest.of(0, 30)));
		}
		double deep = costs.medianMillis("page 301", () -> register.find(none, leader, PageRequest.of(300, 30)));
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < filters.length; i++) {
			RequestFilter filter = (RequestFilter) filters[i][2];
			double counts = Reads.medianMillis(() -> register.countsByStatus(filter, leader));
			rows.append("| %s | %,d | %.1f ms | %.1f ms |%n".formatted(filters[i][0], totals[i], pages[i], counts));
		}
		Machine.report("register", """
				## Approval register benchmark (issue 3)

				%s
				%,d requests in one bureau beside %,d of another (inserted and vacuumed in %.1f s; %.0f %% of the
				table's pages all-visible, as on a settled server), read by the bureau leader; each
				read timed 30 times after 10 warm-up reads, median reported. "Page" is everything the register
				page reads (`RequestRegister.findCounted`: the counts per status, from which the total comes,
				then 30 rows newest first with the open links, stale and nobody-can-sign marks); "counts alone" is
				`RequestRegister.countsByStatus`, what `GET /api/v1/approvals/status-counts` reads.

				| filter | requests matching | page | counts alone |
				|---|---|---|---|
				%s
				Page 301 of the unfiltered register (rows 9,001–9,030): %.1f ms.

				Rows each page read takes from each table (pg_stat_user_tables over the 40 reads, per read):
				fetched by index + read sequentially, then how many index and sequential scans. An index-only
				scan fetches no rows: the counts over the scope show only as an index scan.

				%s""".formatted(Machine.describe(jdbc), REQUESTS, OTHERS, loadSeconds, visible * 100, rows, deep, costs.table()));
	}
}
