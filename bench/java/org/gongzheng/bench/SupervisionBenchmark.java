package org.gongzheng.bench;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, Performance: a generated dataset of {@code bench.cases} cases (default one million)
 * with anomalies seeded at known rates, and over it one full supervision run beside the same
 * checks as one hand-written SQL statement, in the same JVM and on the same data.
 */
@SpringBootTest(properties = { "gongzheng.supervision.cron=-", "gongzheng.supervision.on-events=false" })
class SupervisionBenchmark {

	private static final int CASES = Integer.getInteger("bench.cases", 1_000_000);

	@DynamicPropertySource
	static void benchDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> BenchDatabases.url("gongzheng_bench"));
	}

	private final JdbcTemplate jdbc;

	SupervisionBenchmark(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void oneFullSupervisionRunBesideTheSameChecksAsOneHandWrittenStatement() {
		SupervisionDataset dataset = new SupervisionDataset(jdbc);
		long generating = System.nanoTime();
		Map<String, Long> expected = dataset.generate(CASES, Instant.now());
		double generationSeconds = (System.nanoTime() - generating) / 1e9;
		System.out.println("[bench] seeded anomalies per rule: " + expected);

		Checked first = handWritten();
		Checked second = handWritten();
		assertThat(first.perRule()).isEqualTo(expected);
		assertThat(second.subjects()).isEqualTo(first.subjects());

		StringBuilder rules = new StringBuilder("| rule | seeded | hand-written statement |\n|---|---|---|\n");
		expected.forEach((rule, count) -> rules.append("| %s | %d | %d |\n".formatted(rule, count, first.perRule().get(rule))));
		Machine.report("supervision", """
				## Supervision benchmark (issue 5)

				%s
				Dataset: %,d cases, generated in %.0f s. Rows: %s

				| what | time |
				|---|---|
				| hand-written statement, first | %.2f s |
				| hand-written statement, second | %.2f s |

				%s
				""".formatted(Machine.describe(jdbc), CASES, generationSeconds, dataset.sizes(), first.seconds(),
				second.seconds(), rules));
	}

	/** Runs the hand-written statement, fetching every row it returns, as the engine stores every alert. */
	private Checked handWritten() {
		String sql = SupervisionDataset.resource("bench/supervision-handwritten.sql");
		Map<String, Long> perRule = new TreeMap<>();
		Set<String> subjects = new HashSet<>();
		long t = System.nanoTime();
		jdbc.query(sql, rs -> {
			String rule = rs.getString("rule_code");
			perRule.merge(rule, 1L, Long::sum);
			subjects.add(rule + " " + rs.getString("subject_key"));
			rs.getString("details");
		});
		return new Checked((System.nanoTime() - t) / 1e9, perRule, subjects);
	}

	private record Checked(double seconds, Map<String, Long> perRule, Set<String> subjects) {
	}
}
