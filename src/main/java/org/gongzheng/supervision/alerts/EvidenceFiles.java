package org.gongzheng.supervision.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import org.gongzheng.shared.FileNames;
import org.gongzheng.shared.db.AfterTransaction;
import org.gongzheng.shared.db.ContentLocks;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.files.FileTypes;

/**
 * Files that come with a rectification, stored once by content (SHA-256) under
 * {@code <files root>/supervision/}. Writing first to a temporary file and moving it into place
 * means a half-written upload never appears under its hash; a file first stored by a transaction
 * that rolls back is removed again unless a rectification now refers to it. Evidence is a case
 * material in all but name (a register, a photo, a recording), so it is held to the same
 * {@link FileTypes}: an empty file, a program or a page is refused, and what is kept is served
 * under the type its content shows, never the one the client claimed.
 */
@Component
public class EvidenceFiles {

	/** The form field (and problem field) the file comes in. */
	static final String FIELD = "evidenceFile";

	private final Path root;

	private final DataSize maxSize;

	private final JdbcTemplate jdbc;

	private final ContentLocks locks;

	EvidenceFiles(@Value("${gongzheng.files.root}") Path root, @Value("${gongzheng.files.max-size}") DataSize maxSize,
			JdbcTemplate jdbc, ContentLocks locks) {
		this.root = root.resolve("supervision");
		this.maxSize = maxSize;
		this.jdbc = jdbc;
		this.locks = locks;
	}

	public record Stored(String sha256, String fileName, String contentType, long size) {
	}

	public Stored store(MultipartFile file) {
		try (InputStream content = file.getInputStream()) {
			return store(content, file.getOriginalFilename(), file.getContentType(), file.getSize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * As {@link #store(MultipartFile)}, for a file kept from an earlier attempt at the form. The
	 * content is checked as it is written: {@code declaredType} only has to agree with it.
	 */
	public Stored store(InputStream content, String fileName, String declaredType, long size) {
		checkSize(size);
		try {
			Files.createDirectories(root);
			Path temporary = Files.createTempFile(root, "upload-", ".tmp");
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				byte[] header = new byte[FileTypes.HEADER_BYTES];
				int headerLength;
				try (InputStream in = new DigestInputStream(content, digest)) {
					headerLength = in.readNBytes(header, 0, header.length);
					try (OutputStream out = Files.newOutputStream(temporary)) {
						out.write(header, 0, headerLength);
						// Read through the digest stream itself (not transferTo, which a filter
						// stream may hand to the stream beneath it), so every byte is hashed.
						byte[] buffer = new byte[64 * 1024];
						int read;
						while ((read = in.read(buffer)) != -1) {
							out.write(buffer, 0, read);
						}
					}
				}
				String detected = check(header, headerLength, declaredType);
				String sha256 = HexFormat.of().formatHex(digest.digest());
				Path target = root.resolve(sha256);
				locks.holdUntilTransactionEnds(sha256);
				if (!Files.exists(target)) {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
					AfterTransaction.ifRolledBack(() -> locks.whileHeld(sha256, () -> deleteUnreferenced(sha256, target)));
				}
				String name = FileNames.displayName(fileName);
				return new Stored(sha256, name == null ? sha256 : name, detected, Files.size(target));
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Refuses a file a rectification may not carry before anything is stored, so that the form's
	 * own fields are checked beside it and every problem is shown at once.
	 */
	public void check(MultipartFile file) {
		checkSize(file.getSize());
		try (InputStream content = file.getInputStream()) {
			byte[] header = content.readNBytes(FileTypes.HEADER_BYTES);
			check(header, header.length, file.getContentType());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The type the content shows, if it is one evidence may be and agrees with the declared one. */
	private static String check(byte[] header, int length, String declaredType) {
		if (length == 0) {
			throw InvalidInputException.of(FIELD, "supervision.evidenceFile.empty");
		}
		String detected = FileTypes.detect(header, length)
			.orElseThrow(() -> InvalidInputException.of(FIELD, "supervision.evidenceFile.type"));
		if (!FileTypes.agrees(declaredType, detected)) {
			throw InvalidInputException.of(FIELD, "supervision.evidenceFile.typeMismatch", declaredType, detected);
		}
		return detected;
	}

	/** Refuses a file larger than an upload may be, before anything is written. */
	public void checkSize(long size) {
		if (size > maxSize.toBytes()) {
			throw InvalidInputException.of(FIELD, "error.upload.tooLarge");
		}
	}

	/** After a rollback, removes a file the transaction added unless a rectification now names it. */
	private void deleteUnreferenced(String sha256, Path target) {
		if (Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM supervision_rectifications WHERE evidence_sha256 = ?)", Boolean.class,
				sha256))) {
			return;
		}
		try {
			Files.deleteIfExists(target);
		}
		catch (IOException ignored) {
			// Unreachable without a rectification naming it, and overwritten by the same content.
		}
	}

	public Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return root.resolve(sha256);
	}

	/** The stored file to serve; one missing from the store (a restore that left it out) is not found. */
	public Resource resource(String sha256) {
		Path file = path(sha256);
		if (!Files.isReadable(file)) {
			throw new NotFoundException("supervision.evidenceFile.missing");
		}
		return new FileSystemResource(file);
	}
}
