package org.gongzheng.casework.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.util.unit.DataSize;

import org.gongzheng.SimulatedTransaction;
import org.gongzheng.shared.db.ContentLocks;
import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class MaterialFilesTest {

	@TempDir
	Path root;

	private MaterialFiles files() {
		return new MaterialFiles(root, DataSize.ofKilobytes(1), mock(JdbcTemplate.class), Clock.systemUTC(), locks());
	}

	/** Locks that lock nothing (there is no database here) and run what is asked of them. */
	private static ContentLocks locks() {
		ContentLocks locks = mock(ContentLocks.class);
		doAnswer(call -> {
			call.<Runnable>getArgument(1).run();
			return null;
		}).when(locks).whileHeld(anyString(), any());
		return locks;
	}

	@Test
	void anOversizedUploadIsRefusedAndLeavesNoFile() throws IOException {
		byte[] big = new byte[2048];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> files().store(new ByteArrayInputStream(big), "application/pdf"))
			.satisfies(ex -> assertThat(ex.fieldProblems().get(0).messageCode()).isEqualTo("material.file.tooLarge"));
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void anEmptyUploadIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> files().store(new ByteArrayInputStream(new byte[0]), "application/pdf"));
	}

	@Test
	void anAcceptedFileIsStoredUnderItsHash() throws IOException {
		byte[] pdf = "%PDF-1.4 small".getBytes(StandardCharsets.US_ASCII);
		StoredFile stored = files().store(new ByteArrayInputStream(pdf), "application/pdf");
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		Path expected = root.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256().substring(2, 4))
			.resolve(stored.sha256());
		assertThat(expected).hasBinaryContent(pdf);
		assertThat(storedFiles()).containsExactly(expected);
	}

	@Test
	void aFileStoredByATransactionThatRollsBackIsRemovedUnlessAMaterialNowUsesIt() throws IOException {
		JdbcTemplate jdbc = mock(JdbcTemplate.class);
		MaterialFiles files = new MaterialFiles(root, DataSize.ofKilobytes(1), jdbc, Clock.systemUTC(), locks());
		byte[] unused = "%PDF-1.4 unused".getBytes(StandardCharsets.US_ASCII);
		byte[] shared = "%PDF-1.4 shared".getBytes(StandardCharsets.US_ASCII);
		when(jdbc.queryForObject(anyString(), eq(Integer.class), any(Object[].class))).thenReturn(0, 1);

		SimulatedTransaction.run(() -> files.store(new ByteArrayInputStream(unused), "application/pdf"),
				TransactionSynchronization.STATUS_ROLLED_BACK);
		SimulatedTransaction.run(() -> files.store(new ByteArrayInputStream(shared), "application/pdf"),
				TransactionSynchronization.STATUS_ROLLED_BACK);

		assertThat(storedFiles()).singleElement().satisfies(file -> assertThat(file).hasBinaryContent(shared));
	}

	private java.util.List<Path> storedFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}
}
