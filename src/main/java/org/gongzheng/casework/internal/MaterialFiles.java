package org.gongzheng.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import org.gongzheng.shared.db.AfterTransaction;
import org.gongzheng.shared.db.ContentLocks;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.files.FileTypes;

/**
 * The content-addressed file store: a file lives at {@code <root>/ab/cd/<sha256>} and is stored
 * once however many materials refer to it. Uploads are streamed to a temporary file while hashed
 * and measured, and checked before anything is kept, so a refused upload leaves nothing behind.
 */
@Component
class MaterialFiles {

	private final Path root;

	private final long maxBytes;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ContentLocks locks;

	MaterialFiles(@Value("${gongzheng.files.root}") Path root, @Value("${gongzheng.files.max-size}") DataSize maxSize,
			JdbcTemplate jdbc, Clock clock, ContentLocks locks) {
		this.root = root.toAbsolutePath().normalize();
		this.maxBytes = maxSize.toBytes();
		this.jdbc = jdbc;
		this.clock = clock;
		this.locks = locks;
	}

	long maxBytes() {
		return maxBytes;
	}

	/** Stores the upload inside the current transaction; the file is removed again if it rolls back. */
	StoredFile store(InputStream content, String declaredType) {
		try {
			Files.createDirectories(root.resolve("tmp"));
			Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				byte[] header = new byte[FileTypes.HEADER_BYTES];
				int headerLength = 0;
				long size = 0;
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
					byte[] buffer = new byte[64 * 1024];
					int read;
					while ((read = content.read(buffer)) != -1) {
						if (headerLength < header.length) {
							int take = Math.min(read, header.length - headerLength);
							System.arraycopy(buffer, 0, header, headerLength, take);
							headerLength += take;
						}
						size += read;
						if (size > maxBytes) {
							throw InvalidInputException.of("file", "material.file.tooLarge", maxBytes / (1024 * 1024));
						}
						out.write(buffer, 0, read);
					}
				}
				if (size == 0) {
					throw InvalidInputException.of("file", "material.file.empty");
				}
				String detected = FileTypes.detect(header, headerLength)
					.orElseThrow(() -> InvalidInputException.of("file", "material.file.type"));
				if (!FileTypes.agrees(declaredType, detected)) {
					throw InvalidInputException.of("file", "material.file.typeMismatch", declaredType, detected);
				}
				String sha256 = HexFormat.of().formatHex(digest.digest());
				keep(temp, sha256);
				jdbc.update("""
						insert into stored_files (sha256, size_bytes, content_type, created_at) values (?, ?, ?, ?)
						on conflict (sha256) do nothing""", sha256, size, detected, Timestamp.from(clock.instant()));
				return new StoredFile(sha256, size, detected);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the uploaded file", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The stored file as a resource, so that a player or viewer may ask for parts of it. */
	Resource resource(String sha256) {
		Path file = pathOf(sha256);
		if (!Files.isReadable(file)) {
			throw new NotFoundException("material.file.missing");
		}
		return new FileSystemResource(file);
	}

	private void keep(Path temp, String sha256) throws IOException {
		Path target = pathOf(sha256);
		locks.holdUntilTransactionEnds(sha256);
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			return;
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.copy(temp, target);
		}
		AfterTransaction.ifRolledBack(() -> locks.whileHeld(sha256, () -> deleteUnreferenced(sha256, target)));
	}

	/** After a rollback, removes a file this transaction added unless another material now uses it. */
	private void deleteUnreferenced(String sha256, Path target) {
		Integer rows = jdbc.queryForObject("select count(*) from stored_files where sha256 = ?", Integer.class, sha256);
		if (rows != null && rows == 0) {
			try {
				Files.deleteIfExists(target);
			}
			catch (IOException ignored) {
				// A leftover file is unreachable without its row and is overwritten by the same content.
			}
		}
	}

	private Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new NotFoundException("material.file.missing");
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}
}
