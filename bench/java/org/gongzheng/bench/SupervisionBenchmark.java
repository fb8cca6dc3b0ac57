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

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.gongzheng.supervision.RunSummary;
import org.gongzheng.supervision.SupervisionEngine;
import org.gongzheng.supervision.rules.Rule;
import org.gongzheng.supervision.rules.Rules;

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

	private final SupervisionEngine engine;

	private final Rules rules;

	SupervisionBenchmark(JdbcTemplate jdbc, SupervisionEngine engine, Rules rules) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.rules = rules;
	}

	@Test
	void oneFullSupervisionRunBesideTheSameChecksAsOneHandWrittenStatement() {
		SupervisionDataset dataset = new SupervisionDataset(jdbc);
		long generating = System.nanoTime();
		Map<String, Long> expected = dataset.generate(CASES, Instant.now());
		double generationSeconds = (System.nanoTime() - generating) / 1e9;
		System.out.println("[bench] seeded anomalies per rule: " + expected);

		Set<String> seeded = new HashSet<>(jdbc.queryForList("select rule_code || ' ' || subject_key from bench_expected",
				String.class));

		// Same order of work for both, after one untimed pass that brings the data into memory.
		Checked warm = handWritten();
		Timed<RunSummary> firstRun = timed(() -> engine.run("BENCHMARK"));
		Timed<RunSummary> secondRun = timed(() -> engine.run("BENCHMARK"));
		Checked hand = handWritten();
		Timed<RunSummary> thirdRun = timed(() -> engine.run("BENCHMARK"));
		Checked handAgain = handWritten();

		assertThat(warm.perRule()).isEqualTo(expected);
		assertThat(warm.subjects()).isEqualTo(seeded);
		assertThat(hand.subjects()).isEqualTo(seeded);
		assertThat(handAgain.subjects()).isEqualTo(seeded);
		long total = expected.values().stream().mapToLong(Long::longValue).sum();
		assertThat(firstRun.value().raised()).isEqualTo(total);
		assertThat(secondRun.value().raised()).isZero();
		assertThat(secondRun.value().stillOpen()).isEqualTo(total);
		assertThat(secondRun.value().cleared()).isZero();
		assertThat(thirdRun.value().raised()).isZero();
		Map<String, Long> open = new TreeMap<>();
		secondRun.value().openByRule().forEach((rule, count) -> open.put(rule, count.longValue()));
		assertThat(open).isEqualTo(expected);
		assertThat(new HashSet<>(jdbc.queryForList(
				"select rule_code || ' ' || subject_key from supervision_alerts where status <> 'CLOSED'", String.class)))
			.isEqualTo(seeded);

		double handBest = Math.min(hand.seconds(), handAgain.seconds());
		double steady = Math.min(secondRun.seconds(), thirdRun.seconds());
		Map<String, Double> alone = ruleSelectsAlone();
		StringBuilder rules = new StringBuilder("| rule | seeded | engine (open alerts) | hand-written statement"
				+ " | the rule's SELECT alone | the rule in the engine's third run |\n|---|---|---|---|---|---|\n");
		expected.forEach((rule, count) -> rules.append("| %s | %d | %d | %d | %.0f ms | %d ms |\n".formatted(rule, count,
				open.get(rule), hand.perRule().get(rule), alone.get(rule) * 1000,
				thirdRun.value().millisByRule().getOrDefault(rule, -1L))));
		Machine.report("supervision", """
				## Supervision benchmark (issue 5)

				%s
				Dataset: %,d cases, generated in %.0f s. Rows: %s

				| what | time |
				|---|---|
				| engine, first full run (raises %,d alerts) | %.2f s |
				| engine, second full run (idempotent: %d raised, %,d still open, %d cleared) | %.2f s |
				| engine, third full run | %.2f s |
				| hand-written statement (untimed warm-up pass first) | %.2f s, %.2f s |

				**Ratio engine / hand-written: %.2f× in steady state (best repeated run against best statement),
				%.2f× for the first run that raises every alert** — target ≤ 1.5×: %s

				Every seeded anomaly was found, and nothing else, by both (subject by subject).

				%s
				""".formatted(Machine.describe(jdbc), CASES, generationSeconds, dataset.sizes(), firstRun.value().raised(),
				firstRun.seconds(), secondRun.value().raised(), secondRun.value().stillOpen(), secondRun.value().cleared(),
				secondRun.seconds(), thirdRun.seconds(), hand.seconds(), handAgain.seconds(), steady / handBest,
				firstRun.seconds() / handBest, steady / handBest <= 1.5 ? "met" : "NOT met", rules));
	}

	/**
	 * Each enabled rule's SELECT on its own, with the parameters the engine binds, every row and
	 * its details computed: what the engine's run costs before it writes anything.
	 */
	private Map<String, Double> ruleSelectsAlone() {
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		Map<String, Double> seconds = new TreeMap<>();
		for (Rule rule : rules.enabled()) {
			MapSqlParameterSource parameters = new MapSqlParameterSource("now",
					java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
			rule.parameters().forEach((name, value) -> parameters.addValue(name,
					value instanceof Map || value instanceof java.util.List ? rules.toJson(value) : value));
			long t = System.nanoTime();
			named.queryForObject("SELECT count(*) + sum(length(r.details::text)) FROM (" + rules.sql(rule.code()) + ") r",
					parameters, Long.class);
			seconds.put(rule.code(), (System.nanoTime() - t) / 1e9);
		}
		return seconds;
	}

	private static <T> Timed<T> timed(java.util.function.Supplier<T> work) {
		long t = System.nanoTime();
		T value = work.get();
		return new Timed<>(value, (System.nanoTime() - t) / 1e9);
	}

	private record Timed<T>(T value, double seconds) {
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
