package org.gongzheng.casework.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same bytes uploaded twice at once, the first upload rolling back: the file stays for the
 * second, which committed.
 */
@IntegrationTest
class MaterialFilesConcurrencyTest {

	private final MaterialFiles files;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	MaterialFilesConcurrencyTest(MaterialFiles files, TransactionTemplate transactions, JdbcTemplate jdbc) {
		this.files = files;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@Test
	void aRolledBackUploadDoesNotRemoveTheFileAnIdenticalUploadCommittedMeanwhile() throws Exception {
		byte[] pdf = ("%PDF-1.4 the same bytes twice " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
		CountDownLatch firstStored = new CountDownLatch(1);
		CountDownLatch rollBack = new CountDownLatch(1);
		AtomicReference<String> digest = new AtomicReference<>();

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			digest.set(files.store(new ByteArrayInputStream(pdf), "application/pdf").sha256());
			firstStored.countDown();
			Races.holdUntil(rollBack);
			throw new IllegalStateException("the first upload's record is refused");
		})).isInstanceOf(IllegalStateException.class));
		assertThat(firstStored.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
			files.store(new ByteArrayInputStream(pdf), "application/pdf");
			// Commit only after the first upload has cleaned up, the moment the removal used to strike;
			// with the content locked, that clean-up waits for this commit instead, so stop waiting soon.
			waitQuietly(first, 1);
		}));
		assertThat(Races.untilWaitingForALock(jdbc, second)).as("the second upload waits for the first").isTrue();
		rollBack.countDown();
		second.get(20, TimeUnit.SECONDS);
		first.get(20, TimeUnit.SECONDS);

		assertThat(jdbc.queryForObject("select count(*) from stored_files where sha256 = ?", Integer.class, digest.get()))
			.isEqualTo(1);
		assertThat(files.resource(digest.get()).getContentAsByteArray()).isEqualTo(pdf);
	}

	private static void waitQuietly(CompletableFuture<?> future, int seconds) {
		try {
			future.get(seconds, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// Still held up behind this upload's lock, as it should be.
		}
	}
}
