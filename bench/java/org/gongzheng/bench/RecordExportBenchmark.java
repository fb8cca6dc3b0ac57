package org.gongzheng.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.Workbooks;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A station head's lifelong record exported to Excel through the API: {@code bench.signatures}
 * (default 50,000) signatures on {@code bench.recordCases} (2,000) cases, each case with its own
 * request, over HTTP as a client meets it, the body read and thrown away. Reports the time per
 * export, the bytes the server's request threads allocate, and the most heap kept alive at once,
 * sampled by one full collection after another during one export (that export is not timed). One
 * filing is signed through the services; the rest of the record are copies of its signature on
 * other requests, cases and rounds, by set-based inserts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gongzheng.supervision.cron=-", "gongzheng.supervision.on-events=false" })
class RecordExportBenchmark {

	private static final int SIGNATURES = Integer.getInteger("bench.signatures", 50_000);

	private static final int CASES = Integer.getInteger("bench.recordCases", 2_000);

	private static final int TIMED = 5;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	RecordExportBenchmark(Fixtures fixtures, TestCases testCases, TestApprovals testApprovals, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.jdbc = jdbc;
	}

	@Test
	void aStationHeadsLifelongRecordOfFiftyThousandSignaturesExportedToExcel() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		long chief = bureau.stationChief().officerId();
		long signature = signedFiling(bureau, chief);
		copyAcrossCasesAndRounds(signature);
		HttpRequest export = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/approvals/records/officers/" + chief + "/xlsx"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((bureau.stationChief().getUsername() + ":" + Fixtures.PASSWORD)
					.getBytes(StandardCharsets.UTF_8)))
			.build();

		int fileLength = exportChecked(export);
		exportDiscarding(export);

		List<Double> millis = new ArrayList<>();
		long allocated = 0;
		for (int i = 0; i < TIMED; i++) {
			long bytesBefore = allocatedByServerThreads();
			long start = System.nanoTime();
			exportDiscarding(export);
			millis.add((System.nanoTime() - start) / 1e6);
			allocated = allocatedByServerThreads() - bytesBefore;
		}
		Collections.sort(millis);

		long baseline = liveHeap();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong peak = new AtomicLong(baseline);
		AtomicLong samples = new AtomicLong();
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(liveHeap(), Math::max);
				samples.incrementAndGet();
			}
		}, "live-heap-sampler");
		sampler.start();
		exportDiscarding(export);
		running.set(false);
		sampler.join();

		Machine.report("record-export", """
				## Lifelong record exported to Excel (issue 3)

				%s
				One station head's record of %,d signatures on %,d cases (one request each), exported to
				Excel through `GET /api/v1/approvals/records/officers/{id}/xlsx` over HTTP, the body read and
				thrown away; %d timed exports after 2 untimed ones.

				| file | median per export | fastest, slowest | allocated by the server's request threads per export | most heap kept alive at once, above the heap before it |
				|---|---|---|---|---|
				| %,d bytes | %.0f ms | %.0f, %.0f ms | %,d MB | %,d MB |

				The last column is sampled by one full collection after another during one more export,
				not timed (live heap before it: %,d MB; %d samples).
				""".formatted(Machine.describe(jdbc), SIGNATURES + 1, CASES + 1, TIMED, fileLength,
				millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), allocated >> 20,
				(peak.get() - baseline) >> 20, baseline >> 20, samples.get()));
	}

	/** A filing signed by the station head through the services; returns his signature. */
	private long signedFiling(Fixtures.Bureau bureau, long chief) {
		LawCase model = testCases.acceptedWithRecord(bureau, "签批档案基准案件");
		long request = testCases.submitForApproval(bureau, model, CaseTransition.FILE);
		testApprovals.approveAll(request);
		return jdbc.queryForObject("select id from approval_signatures where request_id = ? and signer_id = ?",
				Long.class, request, chief);
	}

	/** Copies the signature's case and request {@code CASES} times, then the signature onto them, round after round. */
	private void copyAcrossCasesAndRounds(long signature) {
		long caseId = jdbc.queryForObject("select case_id from approval_signatures where id = ?", Long.class, signature);
		long request = jdbc.queryForObject("select request_id from approval_signatures where id = ?", Long.class,
				signature);
		String cases = Columns.of(jdbc, "cases", "id", "case_number");
		jdbc.update("insert into cases (case_number, " + cases + ") select 'BENCH-REC-' || g, " + cases
				+ " from cases, generate_series(1, ?) g where id = ?", CASES, caseId);
		String requests = Columns.of(jdbc, "approval_requests", "id", "case_id", "case_number");
		jdbc.update("insert into approval_requests (case_id, case_number, " + requests + ") select c.id, c.case_number, "
				+ requests.replaceAll("(\\w+)", "r.$1") + " from cases c, approval_requests r "
				+ "where c.case_number like 'BENCH-REC-%' and r.id = ?", request);
		jdbc.update("""
				insert into approval_signatures (request_id, round, link_order, link_name, action, case_id, signer_id,
				                                 decision, opinion, signed_at, case_version, material_hashes,
				                                 materials_first_opened_at)
				select r.id, 1 + g / ?, s.link_order, s.link_name, s.action, r.case_id, s.signer_id, s.decision,
				       s.opinion, s.signed_at - g * interval '1 minute', s.case_version, s.material_hashes,
				       s.materials_first_opened_at
				from approval_signatures s, generate_series(1, ?) g,
				     (select id, case_id, row_number() over (order by id) - 1 as k
				      from approval_requests where case_number like 'BENCH-REC-%') r
				where s.id = ? and r.k = g % ?""", CASES, SIGNATURES, signature, CASES);
		BenchDatabases.settle(jdbc, "cases");
		BenchDatabases.settle(jdbc, "approval_requests");
		BenchDatabases.settle(jdbc, "approval_signatures");
	}

	/** One export kept whole, to check it holds every signature; returns its length. */
	private int exportChecked(HttpRequest export) throws Exception {
		HttpResponse<byte[]> response = http.send(export, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Workbooks.rows(response.body())).isEqualTo(SIGNATURES + 2);
		return response.body().length;
	}

	private void exportDiscarding(HttpRequest export) throws Exception {
		assertThat(http.send(export, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
	}

	/** What Tomcat's request threads have allocated so far; the pool keeps them alive between exports. */
	private static long allocatedByServerThreads() {
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] ids = Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
			.filter(Objects::nonNull)
			.filter(info -> info.getThreadName().startsWith("http-nio-"))
			.mapToLong(ThreadInfo::getThreadId)
			.toArray();
		return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(bytes -> bytes > 0).sum();
	}

	private static long liveHeap() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
