package org.gongzheng.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalSubmission;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.internal.CountersignChecks;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.LawCaseRepository;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.OrganizationAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The countersign checks (`CountersignChecks`) of one bureau with {@code bench.countersigns}
 * (default 1,000) major penalties waiting at the bureau leaders' countersign link, nobody having
 * signed it yet: how long the check that follows an officer's change takes, for officers the
 * links may concern and officers they cannot, and the daily check of every waiting link. Each
 * request is checked in a transaction of its own, so the cost grows with the requests checked.
 * One real request reaches the link through the services; the rest are copied from it by
 * set-based inserts (request, pinned materials, named signers).
 */
@SpringBootTest(properties = { "gongzheng.supervision.cron=-", "gongzheng.supervision.on-events=false" })
class CountersignCheckBenchmark {

	private static final int WAITING = Integer.getInteger("bench.countersigns", 1_000);

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final Approvals approvals;

	private final LawCaseRepository cases;

	private final OrganizationAdministration administration;

	private final CountersignChecks checks;

	private final JdbcTemplate jdbc;

	CountersignCheckBenchmark(Fixtures fixtures, TestCases testCases, TestApprovals testApprovals, Approvals approvals,
			LawCaseRepository cases, OrganizationAdministration administration, CountersignChecks checks,
			JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.approvals = approvals;
		this.cases = cases;
		this.administration = administration;
		this.checks = checks;
		this.jdbc = jdbc;
	}

	@Test
	void theChecksOfABureauWithManyCountersignLinksWaiting() {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer deputy = fixtures.anotherOfficer(bureau, bureau.bureau(), "基准副局长", Role.LEADER);
		long model = atTheCountersignLink(bureau);
		long started = System.nanoTime();
		copy(model, WAITING - 1);
		double loadSeconds = (System.nanoTime() - started) / 1e9;
		assertThat(waitingOnNamed(bureau.leader().officerId())).isEqualTo(WAITING);

		StringBuilder rows = new StringBuilder();
		for (Object[] c : new Object[][] {
				{ "a leader named on every link (an account change)", bureau.leader(), "every link naming them" },
				{ "a leader of the bureau not named on them", deputy, "every link of the bureau at a leader's role nobody has signed" },
				{ "a station head (reviewer role)", bureau.stationChief(), "none (before this change: every link nobody has signed)" },
				{ "an officer with no signing role", bureau.officer(), "none (before this change: every link nobody has signed)" } }) {
			SignedInOfficer officer = (SignedInOfficer) c[1];
			double millis = medianOfThree(() -> changeAndAwaitChecks(bureau, officer));
			rows.append("| %s | %s | %,.0f ms |%n".formatted(c[0], c[2], millis));
		}
		TableReads.awaitPublished();
		TableReads beforeDaily = TableReads.of(jdbc);
		double daily = medianOfThree(() -> {
			long start = System.nanoTime();
			assertThat(checks.recheckAll()).isGreaterThanOrEqualTo(WAITING);
			return (System.nanoTime() - start) / 1e6;
		});
		TableReads.awaitPublished();
		String dailyReads = TableReads.of(jdbc).table(beforeDaily, 3);
		assertThat(waitingOnNamed(bureau.leader().officerId())).isEqualTo(WAITING);

		Machine.report("countersign", """
				## Countersign checks benchmark (issue 3)

				%s
				%,d major penalties pending at the bureau leaders' countersign link in one bureau, both leaders
				named and able, nobody signed yet (copied in %.1f s). Each row: an administrator saves the
				officer's account unchanged (`OrganizationAdministration.changeAccount`, which publishes
				`OfficerChanged`), and the time until the check that follows has finished (its event publication
				completed); median of three. Nothing is released: every named leader can still sign, which is
				the usual case and the most reading (every link is checked to the end).

				| officer changed | links checked | change to checks done |
				|---|---|---|
				%s
				The daily check (`CountersignChecks.recheckAll`, every link still waiting for someone named,
				%,d here): %,.0f ms, median of three. What one daily check reads, per table
				(pg_stat_user_tables over the three):

				%s""".formatted(Machine.describe(jdbc), WAITING, loadSeconds, rows, WAITING, daily, dailyReads));
	}

	/** A major penalty signed by the station and the legal department: both leaders named to countersign. */
	private long atTheCountersignLink(Fixtures.Bureau bureau) {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "会签检查基准案");
		long requestId = approvals.submit(new ApprovalSubmission(ApprovalAction.PENALTY_MAJOR, lawCase.getId(),
				cases.findById(lawCase.getId()).orElseThrow().getVersion(), "PENALTY_DECISION", "91", "拟处罚款五千元",
				"Proposed fine of 5,000 yuan", null), bureau.officer()).id();
		for (SignedInOfficer signer : List.of(bureau.stationChief(), bureau.secondLegal())) {
			testApprovals.readEverything(lawCase.getId(), signer.officerId());
			approvals.sign(requestId, Approvals.Decision.APPROVE, null, signer);
		}
		assertThat(approvals.request(requestId).orElseThrow().status()).isEqualTo(Approvals.Status.PENDING);
		assertThat(waitingOnNamed(bureau.leader().officerId())).isEqualTo(1);
		return requestId;
	}

	/** Copies the request {@code times} times, with its pinned materials and named signers. */
	private void copy(long model, int times) {
		long before = jdbc.queryForObject("select max(id) from approval_requests", Long.class);
		String columns = Columns.of(jdbc, "approval_requests", "id");
		jdbc.update("insert into approval_requests (" + columns + ") select " + columns
				+ " from approval_requests, generate_series(1, ?) where id = ?", times, model);
		for (String child : List.of("approval_request_materials", "approval_link_signers")) {
			String rest = Columns.of(jdbc, child, "request_id", "id");
			jdbc.update("insert into " + child + " (request_id, " + rest + ") select r.id, " + rest.replaceAll("(\\w+)", "c.$1")
					+ " from approval_requests r join " + child + " c on c.request_id = ? where r.id > ?", model, before);
		}
		jdbc.execute("analyze approval_requests");
		jdbc.execute("analyze approval_link_signers");
	}

	private long waitingOnNamed(long officerId) {
		return jdbc.queryForObject("""
				select count(*) from approval_link_signers n join approval_requests r on r.id = n.request_id
				where n.officer_id = ? and n.released_at is null and r.status = 'PENDING' and r.current_link = n.link_order""",
				Long.class, officerId);
	}

	private double changeAndAwaitChecks(Fixtures.Bureau bureau, SignedInOfficer officer) {
		long start = System.nanoTime();
		var account = administration.accountOf(officer.officerId()).orElseThrow();
		administration.changeAccount(new DataScope(bureau.bureau().getPath()), officer.officerId(), account.getVersion(),
				Set.copyOf(account.getRoles()), true);
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%OfficerChanged' and completion_date is null""", Long.class) > 0) {
			assertThat(System.nanoTime()).as("checks finish within five minutes").isLessThan(deadline);
			Pause.millis(2);
		}
		return (System.nanoTime() - start) / 1e6;
	}

	private static double medianOfThree(java.util.function.DoubleSupplier run) {
		double[] millis = { run.getAsDouble(), run.getAsDouble(), run.getAsDouble() };
		Arrays.sort(millis);
		return millis[1];
	}
}
