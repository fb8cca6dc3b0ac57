package org.gongzheng.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.gongzheng.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, what the 3× target asks of any design: {@link JdbcFloorChain}, the four-link chain with
 * only the records the issue requires, in plain JDBC on one connection, against the same Flowable
 * chain as {@link ApprovalChainBenchmark}, alternating in blocks after the same warm-up. Not the
 * product; the product's own number is ApprovalChainBenchmark's.
 */
class ApprovalFloorBenchmark {

	private static final int WARM_UP = Integer.getInteger("bench.warmup", 300);

	private static final int CHAINS = Integer.getInteger("bench.chains", 300);

	private static final int BLOCK = 50;

	@Test
	void fourLinkChainsWithOnlyTheRequiredRecordsInPlainJdbcAgainstFlowable() throws SQLException {
		JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(TestDatabase.url("postgres"), "postgres", ""));
		try (JdbcFloorChain floor = new JdbcFloorChain(BenchDatabases.url("floor_bench"));
				FlowableChain flowable = new FlowableChain(BenchDatabases.url("flowable_bench"), "postgres")) {
			List<JdbcFloorChain.FloorCase> warm = prepare(floor, WARM_UP);
			List<JdbcFloorChain.FloorCase> measured = prepare(floor, CHAINS);
			long flowableBefore = flowable.finishedInstances();
			long caseNumber = 1_000_000;
			for (JdbcFloorChain.FloorCase c : warm) {
				floor.runOne(c);
				flowable.runOne(caseNumber++);
			}
			BenchDatabases.analyze("floor_bench");
			BenchDatabases.analyze("flowable_bench");
			resetStatements(admin);
			long[] floorItems = new long[CHAINS];
			long[] flowableItems = new long[CHAINS];
			long floorTotal = 0;
			long flowableTotal = 0;
			for (int from = 0, block = 0; from < CHAINS; from += BLOCK, block++) {
				int to = Math.min(CHAINS, from + BLOCK);
				for (int turn = 0; turn < 2; turn++) {
					boolean floorTurn = (turn == 0) == (block % 2 == 0);
					long start = System.nanoTime();
					for (int i = from; i < to; i++) {
						long t = System.nanoTime();
						if (floorTurn) {
							floor.runOne(measured.get(i));
							floorItems[i] = System.nanoTime() - t;
						}
						else {
							flowable.runOne(caseNumber++);
							flowableItems[i] = System.nanoTime() - t;
						}
					}
					if (floorTurn) {
						floorTotal += System.nanoTime() - start;
					}
					else {
						flowableTotal += System.nanoTime() - start;
					}
				}
			}
			String statements = statementsPerChain(admin);
			assertThat(floor.filedCases()).isEqualTo(WARM_UP + CHAINS);
			assertThat(flowable.finishedInstances() - flowableBefore).isEqualTo(WARM_UP + CHAINS);

			Timings floorTimings = new Timings("plain JDBC, required records only (not the product)", floorTotal, floorItems);
			Timings flowableTimings = new Timings("Flowable " + org.flowable.engine.ProcessEngine.VERSION + " (history "
					+ flowable.historyLevel() + ")", flowableTotal, flowableItems);
			Machine.report("approval-floor", """
					## What any design keeping the required records could reach (issue 3)

					%s
					%d warm-up chains per side, then %d measured chains per side in alternating blocks of %d; single thread.
					The floor side: submission (request pinned to the case version and the materials' hashes, the round,
					an audit record), then per link the candidates query, each of the two materials opened (read, view
					receipt, audit record) and the signature (request locked, signer, case, pinned materials with the
					signer's view times, signature, request update, audit record), the last one filing the case; every
					audit record hash-chained under a lock, in one round trip; %s statements per chain (pg_stat_statements,
					BEGIN counted, COMMIT not).

					%s
					%s
					%s

					**Ratio (floor / Flowable, chains per second): %.2f×**
					""".formatted(Machine.describe(admin), WARM_UP, CHAINS, BLOCK, statements, Timings.header(),
					floorTimings.row(), flowableTimings.row(), floorTimings.perSecond() / flowableTimings.perSecond()));
		}
	}

	private static List<JdbcFloorChain.FloorCase> prepare(JdbcFloorChain floor, int count) throws SQLException {
		List<JdbcFloorChain.FloorCase> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			cases.add(floor.prepare(i));
		}
		return cases;
	}

	private static void resetStatements(JdbcTemplate admin) {
		try {
			admin.execute("create extension if not exists pg_stat_statements");
			admin.execute("select pg_stat_statements_reset()");
		}
		catch (org.springframework.dao.DataAccessException ex) {
			// Not preloaded (run outside bench/run): reported as n/a.
		}
	}

	private static String statementsPerChain(JdbcTemplate admin) {
		try {
			Long calls = admin.queryForObject("""
					select sum(s.calls) from pg_stat_statements s join pg_database d on d.oid = s.dbid
					where d.datname = 'floor_bench'""", Long.class);
			return calls == null ? "n/a" : "%.1f".formatted(calls / (double) CHAINS);
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return "n/a";
		}
	}
}
