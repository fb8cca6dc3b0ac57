package org.gongzheng.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.ReportSource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseNumberConcurrencyTest {

	private final CaseWork work;

	private final Fixtures fixtures;

	CaseNumberConcurrencyTest(CaseWork work, Fixtures fixtures) {
		this.work = work;
		this.fixtures = fixtures;
	}

	@Test
	void intakesRegisteredAtOnceInOneUnitGetUniqueGapFreeNumbers() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		int threads = 8;
		int perThread = 5;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<String>>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Callable<List<String>> task = () -> IntStream.range(0, perThread)
				.mapToObj(i -> work.register(new IntakeCommand(CaseType.ADMINISTRATIVE, "并发接报", "案情",
						ReportSource.CALL_110, null, null, null, null, null, null), bureau.officer()).getCaseNumber())
				.toList();
			results.add(pool.submit(task));
		}
		List<Integer> sequences = new ArrayList<>();
		for (Future<List<String>> result : results) {
			result.get().forEach(number -> sequences.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1))));
		}
		pool.shutdown();
		assertThat(sequences).hasSize(threads * perThread)
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * perThread).boxed().toList());
	}
}
