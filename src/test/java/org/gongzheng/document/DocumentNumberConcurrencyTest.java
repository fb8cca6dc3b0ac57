package org.gongzheng.document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DocumentNumberConcurrencyTest {

	private final Documents documents;

	private final Fixtures fixtures;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DocumentNumberConcurrencyTest(Documents documents, Fixtures fixtures, TransactionTemplate transactions, Clock clock) {
		this.documents = documents;
		this.fixtures = fixtures;
		this.transactions = transactions;
		this.clock = clock;
	}

	private IssuedDocument issue(Fixtures.Bureau bureau) {
		return transactions.execute(status -> documents.issue(DocumentRequest.of(DocumentType.PENALTY_DECISION_SIMPLE,
				bureau.stationOne().getId(), null, "TEST", "1", "张三", Map.of("partyName", "张三"),
				bureau.officer().officerId(), clock.instant())));
	}

	private static int sequence(String number) {
		return Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1));
	}

	@Test
	void documentsIssuedAtOnceInOneSeriesGetUniqueGapFreeNumbers() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		int threads = 8;
		int perThread = 5;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<String>>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Callable<List<String>> task = () -> IntStream.range(0, perThread).mapToObj(i -> issue(bureau).number()).toList();
			results.add(pool.submit(task));
		}
		List<Integer> sequences = new ArrayList<>();
		for (Future<List<String>> result : results) {
			result.get().forEach(number -> sequences.add(sequence(number)));
		}
		pool.shutdown();
		assertThat(sequences).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * perThread).boxed().toList());
	}

	@Test
	void aNumberTakenByATransactionThatRollsBackIsGivenBack() {
		Fixtures.Bureau bureau = fixtures.bureau();
		assertThat(sequence(issue(bureau).number())).isEqualTo(1);
		transactions.executeWithoutResult(status -> {
			documents.issue(DocumentRequest.of(DocumentType.PENALTY_DECISION_SIMPLE, bureau.stationOne().getId(), null,
					"TEST", "2", "李四", Map.of(), bureau.officer().officerId(), clock.instant()));
			status.setRollbackOnly();
		});
		IssuedDocument next = issue(bureau);
		assertThat(sequence(next.number())).isEqualTo(2);
		assertThat(next.number()).startsWith(bureau.subBureau().getShortName() + "行罚决字〔");
	}
}
