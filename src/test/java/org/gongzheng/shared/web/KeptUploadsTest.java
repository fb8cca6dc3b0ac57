package org.gongzheng.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.util.unit.DataSize;

import org.gongzheng.SimulatedTransaction;
import org.gongzheng.shared.web.KeptUploads.KeptUpload;
import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeptUploadsTest {

	private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

	@TempDir
	Path root;

	@Test
	void aKeptUploadIsFoundOnlyByItsOfficerForItsFormAndWithinTheHour() throws IOException {
		KeptUpload kept = uploads(NOW).keep(content("录像"), "现场.mp4", "video/mp4", 7, "case-70").orElseThrow();

		assertThat(uploads(NOW).find(kept.token(), 7, "case-70")).contains(kept);
		try (InputStream in = uploads(NOW).open(kept, "file")) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("录像");
		}
		assertThat(uploads(NOW).find(kept.token(), 8, "case-70")).isEmpty();
		assertThat(uploads(NOW).find(kept.token(), 7, "case-71")).isEmpty();
		assertThat(uploads(NOW.plus(Duration.ofMinutes(59))).find(kept.token(), 7, "case-70")).isPresent();
		assertThat(uploads(NOW.plus(Duration.ofMinutes(60))).find(kept.token(), 7, "case-70")).isEmpty();
	}

	@Test
	void aTokenThatIsNotOneOfOursNeverReachesTheFileSystem() {
		assertThat(uploads(NOW).find("../../etc/passwd", 7, "case-70")).isEmpty();
		assertThat(uploads(NOW).find(null, 7, "case-70")).isEmpty();
	}

	@Test
	void aFileLargerThanAMaterialMayBeOrAnEmptyOneIsNotKept() {
		KeptUploads uploads = new KeptUploads(root, DataSize.ofBytes(4), Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(uploads.keep(content("12345"), "big.pdf", "application/pdf", 7, "case-70")).isEmpty();
		assertThat(uploads.keep(content(""), "empty.pdf", "application/pdf", 7, "case-70")).isEmpty();
		assertThat(root.resolve("kept")).isEmptyDirectory();
	}

	@Test
	void theSweepRemovesWhatNobodyCameBackForAndHalfWrittenUploads() throws IOException {
		KeptUpload old = uploads(NOW).keep(content("old"), "a.pdf", "application/pdf", 7, "case-70").orElseThrow();
		KeptUpload fresh = uploads(NOW.plus(Duration.ofMinutes(30))).keep(content("new"), "b.pdf", "application/pdf", 7,
				"case-70").orElseThrow();
		Path halfWritten = Files.writeString(root.resolve("kept/AAAAAAAAAAAAAAAAAAAAAA.upload"), "cut");
		Files.setLastModifiedTime(halfWritten, FileTime.from(NOW.minus(Duration.ofHours(2))));

		uploads(NOW.plus(Duration.ofMinutes(61))).removeExpired();

		assertThat(uploads(NOW.plus(Duration.ofMinutes(61))).find(fresh.token(), 7, "case-70")).isPresent();
		assertThat(root.resolve("kept")).isDirectoryNotContaining("glob:**" + old.token() + "*");
		assertThat(halfWritten).doesNotExist();
	}

	@Test
	void aDiscardedUploadIsGoneAndOpeningItIsRefusedOnTheFileField() {
		KeptUpload kept = uploads(NOW).keep(content("x"), "a.pdf", "application/pdf", 7, "case-70").orElseThrow();
		uploads(NOW).discard(kept);
		assertThat(uploads(NOW).find(kept.token(), 7, "case-70")).isEqualTo(Optional.empty());
		assertThat(root.resolve("kept")).isEmptyDirectory();
		// A second sending of the same form, which found it just before the first used it up.
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> uploads(NOW).open(kept, "file"))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(InvalidInputException.FieldProblem::field)
				.containsExactly("file"));
	}

	@Test
	void aKeptUploadUsedInsideATransactionIsRemovedOnlyWhenItCommits() {
		KeptUploads uploads = uploads(NOW);
		KeptUpload rolledBack = uploads.keep(content("x"), "a.pdf", "application/pdf", 7, "case-70").orElseThrow();
		KeptUpload committed = uploads.keep(content("y"), "b.pdf", "application/pdf", 7, "case-70").orElseThrow();

		SimulatedTransaction.run(() -> uploads.discardOnceSaved(rolledBack), TransactionSynchronization.STATUS_ROLLED_BACK);
		SimulatedTransaction.run(() -> uploads.discardOnceSaved(committed), TransactionSynchronization.STATUS_COMMITTED);

		assertThat(uploads.find(rolledBack.token(), 7, "case-70")).isPresent();
		assertThat(uploads.find(committed.token(), 7, "case-70")).isEmpty();
	}

	@Test
	void aKeptFileSentBackIsUsedUnlessANewFileReplacesItOrTheOfficerDeclinesIt() {
		KeptUploads uploads = uploads(NOW);
		KeptUpload kept = uploads.keep(content("x"), "a.pdf", "application/pdf", 7, "case-70").orElseThrow();
		assertThat(uploads.sentBack(form(kept.token(), false), false, 7, "case-70", "file")).contains(kept);
		assertThat(uploads.sentBack(form(null, false), false, 7, "case-70", "file")).isEmpty();

		assertThat(uploads.sentBack(form(kept.token(), false), true, 7, "case-70", "file")).isEmpty();
		assertThat(uploads.find(kept.token(), 7, "case-70")).as("replaced by a new file").isEmpty();

		KeptUpload declined = uploads.keep(content("y"), "b.pdf", "application/pdf", 7, "case-70").orElseThrow();
		assertThat(uploads.sentBack(form(declined.token(), true), false, 7, "case-70", "file")).isEmpty();
		assertThat(root.resolve("kept")).isEmptyDirectory();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> uploads.sentBack(form(declined.token(), false), false, 7, "case-70", "evidenceFile"))
			.satisfies(ex -> assertThat(ex.fieldProblems()).extracting(InvalidInputException.FieldProblem::field)
				.containsExactly("evidenceFile"));
	}

	@Test
	void aRefusedFormKeepsTheFileJustSentOrTheOneKeptBeforeButNotAFileThatWasItselfRefused() {
		KeptUploads uploads = uploads(NOW);
		MockMultipartFile sent = new MockMultipartFile("file", "c.pdf", "application/pdf", "%PDF".getBytes());
		KeptUpload kept = uploads.forNextAttempt(false, null, sent, 7, "case-70").orElseThrow();
		assertThat(kept.fileName()).isEqualTo("c.pdf");
		assertThat(uploads.forNextAttempt(false, kept, null, 7, "case-70")).contains(kept);
		assertThat(uploads.forNextAttempt(true, kept, null, 7, "case-70")).isEmpty();
		assertThat(root.resolve("kept")).isEmptyDirectory();
	}

	private static KeptFileForm form(String token, boolean declined) {
		KeptFileForm form = new KeptFileForm() {
		};
		form.setKeptFile(token);
		form.setDropKeptFile(declined);
		return form;
	}

	private KeptUploads uploads(Instant now) {
		return new KeptUploads(root, DataSize.ofMegabytes(50), Clock.fixed(now, ZoneOffset.UTC));
	}

	private static InputStream content(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
