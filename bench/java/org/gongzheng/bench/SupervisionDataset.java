package org.gongzheng.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the benchmark database from bench/supervision-dataset.sql: set-based inserts, timed step
 * by step, with the anomalies it seeded (and where) left in bench_expected.
 */
final class SupervisionDataset {

	private final JdbcTemplate jdbc;

	SupervisionDataset(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Generates {@code cases} cases as of {@code now}; returns the seeded anomalies per rule. */
	Map<String, Long> generate(int cases, Instant now) {
		String script = resource("bench/supervision-dataset.sql")
			.replace("${cases}", Integer.toString(cases))
			.replace("${now}", "CAST('" + now.truncatedTo(ChronoUnit.SECONDS) + "' AS timestamptz)");
		long started = System.nanoTime();
		for (String step : script.split("-- @step ")) {
			String name = step.lines().findFirst().orElse("").strip();
			if (step.startsWith("--") || name.isEmpty() || !step.contains(";")) {
				continue; // the header comment
			}
			long t = System.nanoTime();
			jdbc.execute(step.substring(step.indexOf('\n') + 1));
			System.out.printf("[bench] %-100s %8.1f s%n", name, (System.nanoTime() - t) / 1e9);
		}
		System.out.printf("[bench] dataset of %,d cases generated in %.1f s%n", cases, (System.nanoTime() - started) / 1e9);
		return expected();
	}

	Map<String, Long> expected() {
		Map<String, Long> expected = new LinkedHashMap<>();
		jdbc.query("select rule_code, count(*) from bench_expected group by rule_code order by rule_code",
				rs -> {
					expected.put(rs.getString(1), rs.getLong(2));
				});
		return expected;
	}

	/** Row counts of the tables the rules read, for the report. */
	Map<String, Long> sizes() {
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (String table : new String[] { "cases", "case_materials", "case_deadlines", "compulsory_measures", "seized_property",
				"penalty_decisions", "legal_documents", "approval_requests", "approval_signatures", "onsite_decisions" }) {
			sizes.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return sizes;
	}

	static String resource(String name) {
		try (InputStream in = SupervisionDataset.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is not on the classpath (run with -Pbench)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
