package org.gongzheng.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.TestDatabase;
import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.internal.ChainAdministration;
import org.gongzheng.approval.internal.ChainEdit;
import org.gongzheng.approval.internal.LinkSpec;
import org.gongzheng.approval.internal.ReviewUnit;
import org.gongzheng.approval.internal.UnitLevel;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.LawCaseRepository;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.casework.internal.ReportSource;
import org.gongzheng.casework.internal.TransitionCommand;
import org.gongzheng.casework.internal.TransitionOutcome;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, Benchmark: a four-link approval chain completed end to end through the approval
 * module, against the same four user tasks completed through Flowable 7 on the same PostgreSQL
 * server. Both sides run single-threaded, in alternating blocks, after the same warm-up.
 */
// Supervision reacts to approvals after commit, on other threads; that is not part of the chain,
// and left on it would compete for the cores while the chain is timed.
@SpringBootTest(properties = { "gongzheng.supervision.cron=-", "gongzheng.supervision.on-events=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalChainBenchmark {

	private static final int WARM_UP = Integer.getInteger("bench.warmup", 300);

	private static final int CHAINS = Integer.getInteger("bench.chains", 300);

	private static final int BLOCK = 50;

	/** Chains run at once per side; 1 (the default) measures one user's chain after another. */
	private static final int THREADS = Integer.getInteger("bench.threads", 1);

	private final Fixtures fixtures;

	private final ChainAdministration chains;

	private final CaseWork work;

	private final Materials materials;

	private final LawCaseRepository cases;

	private final Approvals approvals;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private FlowableChain flowable;

	private JdbcTemplate flowableJdbc;

	private Fixtures.Bureau bureau;

	private List<SignedInOfficer> signers;

	ApprovalChainBenchmark(Fixtures fixtures, ChainAdministration chains, CaseWork work, Materials materials,
			LawCaseRepository cases, Approvals approvals, JdbcTemplate jdbc, DataSource dataSource) {
		this.fixtures = fixtures;
		this.chains = chains;
		this.work = work;
		this.materials = materials;
		this.cases = cases;
		this.approvals = approvals;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@BeforeAll
	void fixtures() {
		bureau = fixtures.bureau();
		Integer version = jdbc.queryForObject(
				"select coalesce(max(chain_version), 0) from approval_chains where action = 'FILING' and active "
						+ "and bureau_id is null", Integer.class);
		chains.edit(ApprovalAction.FILING, version, new ChainEdit("基准测试用四级审批链", "Four-link chain for the benchmark",
				"benchmark", List.of(
						link("办案部门审核", Role.REVIEWER, UnitLevel.OWN_STATION, QualificationLevel.INTERMEDIATE),
						link("分局负责人审核", Role.REVIEWER, UnitLevel.SUB_BUREAU, QualificationLevel.ADVANCED),
						link("法制审核", Role.LEGAL, UnitLevel.BUREAU_LEGAL, QualificationLevel.ADVANCED),
						link("局领导审批", Role.LEADER, UnitLevel.BUREAU_LEADER, QualificationLevel.ADVANCED))),
				bureau.legal());
		signers = List.of(bureau.stationChief(), bureau.reviewer(), bureau.legal(), bureau.leader());
		String flowableUrl = BenchDatabases.url("flowable_bench");
		flowable = new FlowableChain(flowableUrl, "postgres");
		flowableJdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
				TestDatabase.url("postgres"), "postgres", ""));
	}

	@AfterAll
	void close() {
		if (flowable != null) {
			flowable.close();
		}
	}

	@Test
	void fourLinkChainsThroughTheApprovalModuleAndThroughFlowable() {
		List<Prepared> warm = prepare(WARM_UP);
		List<Prepared> measured = prepare(CHAINS);
		// Before the warm-up, so its transactions are long counted when the database counters are read.
		double bareTransactionMicros = bareTransactionMicros();
		for (Prepared c : warm) {
			ours(c);
			flowable.runOne(c.caseId());
		}
		// Both databases were created empty for the run; without this the plans depend on whether
		// autovacuum happened to analyse the new tables yet (a sequential scan of every request per
		// lookup when it had not), which a server in use has long done.
		BenchDatabases.analyze("gongzheng");
		BenchDatabases.analyze("flowable_bench");
		resetStatementCounts();
		TableReads.awaitPublished();
		Map<String, Long> oursBefore = databaseCounters("gongzheng");
		Map<String, Long> flowableBefore = databaseCounters("flowable_bench");
		TableReads tablesBefore = TableReads.of(jdbc);
		long[] oursItems = new long[CHAINS];
		long[] flowableItems = new long[CHAINS];
		long oursTotal = 0;
		long flowableTotal = 0;
		long[] phases = new long[4];
		Cpu cpu = Cpu.of(java.nio.file.Path.of("target", "embedded-postgres-test"));
		long[] oursCpu = new long[4];
		long[] flowableCpu = new long[4];
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int from = 0, block = 0; from < CHAINS; from += BLOCK, block++) {
			int to = Math.min(CHAINS, from + BLOCK);
			// Alternate who goes first, so neither side always meets the cache the other left.
			for (int turn = 0; turn < 2; turn++) {
				boolean oursTurn = (turn == 0) == (block % 2 == 0);
				long jvmBefore = cpu.jvmNanos();
				long compilerBefore = cpu.compilerNanos();
				long postgresBefore = cpu.postgresNanos();
				long start = System.nanoTime();
				long[] spent = oursTurn ? oursCpu : flowableCpu;
				runBlock(from, to, i -> {
					long t = System.nanoTime();
					long threadCpu = threads.getCurrentThreadCpuTime();
					if (oursTurn) {
						long[] p = ours(measured.get(i));
						synchronized (phases) {
							for (int k = 0; k < 4; k++) {
								phases[k] += p[k];
							}
						}
						oursItems[i] = System.nanoTime() - t;
					}
					else {
						flowable.runOne(measured.get(i).caseId());
						flowableItems[i] = System.nanoTime() - t;
					}
					synchronized (spent) {
						spent[2] += threads.getCurrentThreadCpuTime() - threadCpu;
					}
				});
				if (oursTurn) {
					oursTotal += System.nanoTime() - start;
				}
				else {
					flowableTotal += System.nanoTime() - start;
				}
				spent[0] += cpu.jvmNanos() - jvmBefore;
				spent[3] += cpu.compilerNanos() - compilerBefore;
				spent[1] += cpu.postgresNanos() - postgresBefore;
			}
		}
		TableReads.awaitPublished();
		Map<String, Long> oursWork = delta(oursBefore, databaseCounters("gongzheng"));
		Machine.report("approval-tables", TableReads.of(jdbc).since(tablesBefore, CHAINS));
		Map<String, Long> flowableWork = delta(flowableBefore, databaseCounters("flowable_bench"));
		Map<String, Long> statements = statementCounts();
		Machine.report("approval-statements", statementBreakdown("gongzheng"));

		assertThat(jdbc.queryForObject("select count(*) from cases where id = any (?) and state = ?", Long.class,
				measured.stream().map(Prepared::caseId).toArray(Long[]::new), CaseState.FILED.name()))
			.isEqualTo(CHAINS);
		assertThat(flowable.finishedInstances()).isEqualTo(WARM_UP + CHAINS);

		Timings oursTimings = new Timings("Gongzheng approval module", oursTotal, oursItems);
		Timings flowableTimings = new Timings("Flowable " + org.flowable.engine.ProcessEngine.VERSION
				+ " (history " + flowable.historyLevel() + ")", flowableTotal, flowableItems);
		double ratio = oursTimings.perSecond() / flowableTimings.perSecond();
		Machine.report("approval", """
				## Approval chain benchmark (issue 3)

				%s
				%d warm-up chains per side, then %d measured chains per side in alternating blocks of %d; %s.

				%s
				%s
				%s

				**Ratio (ours / Flowable, chains per second): %.2f×** — target ≥ 3×: %s

				Time inside our chain: submit %.1f%%, task queries (eligible signers) %.1f%%, opening materials %.1f%%, signing %.1f%%.

				Where the wall time went, per chain (CPU of this JVM and of the PostgreSQL server's processes while
				each side ran; of the JVM's, the threads running the chains and the just-in-time compiler, the
				rest being the collector and the like; what is left of the wall time is waiting, e.g. on the other
				process or on the two shared cores):

				| side | wall | JVM CPU | of it, the chains' threads | of it, the compiler | PostgreSQL CPU |
				|---|---|---|---|---|---|
				| ours | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms |
				| Flowable | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms |

				Database work per chain (pg_stat_database deltas over the measured chains; SQL statements from
				pg_stat_statements, BEGIN counted, COMMIT not):

				| side | transactions | SQL statements | rows inserted | rows updated | rows deleted | rows fetched |
				|---|---|---|---|---|---|---|
				| ours | %.1f | %s | %.1f | %.1f | %.1f | %.1f |
				| Flowable | %.1f | %s | %.1f | %.1f | %.1f | %.1f |

				The floor for one transaction on this machine, for scale: a bare transaction through the application's
				connection pool (one single-row SELECT by primary key, then COMMIT, plain JDBC: two round trips) takes
				%.0f µs (median of 20 batches of 500, measured before the warm-up).
				""".formatted(Machine.describe(jdbc), WARM_UP, CHAINS, BLOCK,
				THREADS == 1 ? "single thread" : THREADS + " threads per side at once", Timings.header(), oursTimings.row(),
				flowableTimings.row(), ratio, ratio >= 3 ? "met" : "NOT met", share(phases, 0), share(phases, 1),
				share(phases, 2), share(phases, 3), oursTotal / 1e6 / CHAINS, oursCpu[0] / 1e6 / CHAINS,
				oursCpu[2] / 1e6 / CHAINS, oursCpu[3] / 1e6 / CHAINS, oursCpu[1] / 1e6 / CHAINS, flowableTotal / 1e6 / CHAINS,
				flowableCpu[0] / 1e6 / CHAINS, flowableCpu[2] / 1e6 / CHAINS, flowableCpu[3] / 1e6 / CHAINS,
				flowableCpu[1] / 1e6 / CHAINS, per(oursWork, "xact_commit"), perChain(statements, "gongzheng"), per(oursWork, "tup_inserted"),
				per(oursWork, "tup_updated"), per(oursWork, "tup_deleted"), per(oursWork, "tup_fetched"),
				per(flowableWork, "xact_commit"), perChain(statements, "flowable_bench"), per(flowableWork, "tup_inserted"), per(flowableWork, "tup_updated"),
				per(flowableWork, "tup_deleted"), per(flowableWork, "tup_fetched"), bareTransactionMicros));
	}

	/**
	 * Round trips alone: what a transaction costs before any of our code runs in it. The median of
	 * twenty batches, so a stray background task (autovacuum after the cases were prepared) does not
	 * decide the number.
	 */
	private double bareTransactionMicros() {
		int batches = 20;
		int perBatch = 500;
		double[] micros = new double[batches];
		try (Connection connection = dataSource.getConnection();
				PreparedStatement select = connection.prepareStatement("select id from units where id = ?")) {
			connection.setAutoCommit(false);
			long unitId = bureau.officer().unitId();
			for (int batch = -2; batch < batches; batch++) {
				long start = System.nanoTime();
				for (int i = 0; i < perBatch; i++) {
					select.setLong(1, unitId);
					try (ResultSet rows = select.executeQuery()) {
						rows.next();
					}
					connection.commit();
				}
				if (batch >= 0) {
					micros[batch] = (System.nanoTime() - start) / 1e3 / perBatch;
				}
			}
			java.util.Arrays.sort(micros);
			return micros[batches / 2];
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Runs chains {@code from} to {@code to}, on {@link #THREADS} threads at once when asked to. */
	private static void runBlock(int from, int to, IntConsumer chain) {
		if (THREADS == 1) {
			for (int i = from; i < to; i++) {
				chain.accept(i);
			}
			return;
		}
		AtomicInteger next = new AtomicInteger(from);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < THREADS; w++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
						chain.accept(i);
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	/** Submit, then per link: who may sign (the signer's queue), open every material, sign. */
	private long[] ours(Prepared c) {
		long[] phases = new long[4];
		long t = System.nanoTime();
		TransitionOutcome outcome = work.transition(c.caseId(),
				new TransitionCommand(CaseTransition.FILE, c.version(), "建议立案", null, null, null, null), bureau.officer());
		long requestId = outcome.approval().id();
		phases[0] += System.nanoTime() - t;
		for (SignedInOfficer signer : signers) {
			t = System.nanoTime();
			if (!approvals.eligibleSigners(requestId).contains(signer.officerId())) {
				throw new IllegalStateException("Officer " + signer.officerId() + " may not sign request " + requestId);
			}
			long q = System.nanoTime();
			for (long materialId : c.materialIds()) {
				materials.open(c.caseId(), materialId, signer);
			}
			long o = System.nanoTime();
			approvals.sign(requestId, Approvals.Decision.APPROVE, null, signer);
			long s = System.nanoTime();
			phases[1] += q - t;
			phases[2] += o - q;
			phases[3] += s - o;
		}
		return phases;
	}

	/** Accepted cases with two materials each, made before the clock starts. */
	private List<Prepared> prepare(int count) {
		List<Prepared> prepared = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LawCase lawCase = work.register(new IntakeCommand(CaseType.ADMINISTRATIVE, "基准测试案件" + i, "基准测试案情",
					ReportSource.CALL_110, null, null, null, null, null, bureau.officer().officerId()), bureau.officer());
			work.transition(lawCase.getId(), new TransitionCommand(CaseTransition.ACCEPT, 0L, null, null, null, null, null),
					bureau.officer());
			materials.add(lawCase.getId(), new MaterialCommand(MaterialType.INQUIRY_RECORD, "询问笔录", "问：经过？答：被打。", null,
					null, null, null, null), null, null, null, bureau.officer());
			materials.add(lawCase.getId(), new MaterialCommand(MaterialType.EVIDENCE_LIST, "证据清单", "1. 监控录像", null, null,
					null, null, null), null, null, null, bureau.officer());
			List<Long> materialIds = jdbc.queryForList("select id from case_materials where case_id = ? order by id",
					Long.class, lawCase.getId());
			prepared.add(new Prepared(lawCase.getId(), cases.findById(lawCase.getId()).orElseThrow().getVersion(),
					materialIds));
		}
		return prepared;
	}

	/** The counters as last published: call {@link TableReads#awaitPublished()} first. */
	private Map<String, Long> databaseCounters(String database) {
		return flowableJdbc.queryForObject("""
				select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_fetched
				from pg_stat_database where datname = ?""", (rs, i) -> Map.of("xact_commit", rs.getLong(1),
				"tup_inserted", rs.getLong(2), "tup_updated", rs.getLong(3), "tup_deleted", rs.getLong(4),
				"tup_fetched", rs.getLong(5)), database);
	}

	/** Statement counts come from pg_stat_statements, which the bench profile preloads into the server. */
	private void resetStatementCounts() {
		try {
			flowableJdbc.execute("create extension if not exists pg_stat_statements");
			flowableJdbc.execute("select pg_stat_statements_reset()");
		}
		catch (DataAccessException ex) {
			// Not preloaded (run outside the bench profile): the report says n/a.
		}
	}

	/**
	 * Statements per database since the reset. pg_stat_statements counts each BEGIN (which the
	 * driver sends together with the first statement) but no COMMIT (a round trip of its own), so
	 * the count is close to the number of round trips.
	 */
	private Map<String, Long> statementCounts() {
		try {
			Map<String, Long> counts = new java.util.HashMap<>();
			flowableJdbc.query("""
					select d.datname, sum(s.calls) from pg_stat_statements s join pg_database d on d.oid = s.dbid
					group by d.datname""", rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
			return counts;
		}
		catch (DataAccessException ex) {
			return Map.of();
		}
	}

	/** Which statements make up a chain, so that the next round knows where the round trips go. */
	private String statementBreakdown(String database) {
		StringBuilder table = new StringBuilder("""
				## Statements per approval chain (database %s)

				| per chain | mean ms | rows | blocks read | statement |
				|---|---|---|---|---|
				""".formatted(database));
		try {
			flowableJdbc.query("""
					select s.calls, s.mean_exec_time, regexp_replace(s.query, '\\s+', ' ', 'g'),
					s.rows / greatest(s.calls, 1)::float, (s.shared_blks_hit + s.shared_blks_read) / greatest(s.calls, 1)::float
					from pg_stat_statements s join pg_database d on d.oid = s.dbid
					where d.datname = ? order by s.calls desc, s.total_exec_time desc""", rs -> {
				String query = rs.getString(3).replace("|", "\\|");
				table.append("| %.2f | %.3f | %.1f | %.1f | `%s` |%n".formatted(rs.getLong(1) / (double) CHAINS, rs.getDouble(2),
						rs.getDouble(4), rs.getDouble(5), query.length() > 300 ? query.substring(0, 300) + "…" : query));
			}, database);
		}
		catch (DataAccessException ex) {
			table.append("n/a: pg_stat_statements is not preloaded (run through bench/run)\n");
		}
		return table.toString();
	}

	private static String perChain(Map<String, Long> counts, String database) {
		Long count = counts.get(database);
		return count == null ? "n/a" : "%.1f".formatted(count / (double) CHAINS);
	}

	private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> delta = new java.util.HashMap<>();
		after.forEach((k, v) -> delta.put(k, v - before.get(k)));
		return delta;
	}

	private static double per(Map<String, Long> work, String key) {
		return work.get(key) / (double) CHAINS;
	}

	private static double share(long[] phases, int index) {
		long total = java.util.Arrays.stream(phases).sum();
		return 100.0 * phases[index] / total;
	}

	private static LinkSpec link(String name, Role role, UnitLevel level, QualificationLevel qualification) {
		return new LinkSpec(name, "Link", role, level, qualification, false, 24, ReviewUnit.HOURS);
	}

	private record Prepared(long caseId, long version, List<Long> materialIds) {
	}
}
