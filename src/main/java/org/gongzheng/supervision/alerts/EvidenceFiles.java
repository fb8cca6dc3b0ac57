package org.gongzheng.supervision.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import org.gongzheng.shared.FileNames;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * Files that come with a rectification, stored once by content (SHA-256) under
 * {@code <files root>/supervision/}. Writing first to a temporary file and moving it into place
 * means a half-written upload never appears under its hash.
 */
@Component
public class EvidenceFiles {

	private final Path root;

	private final DataSize maxSize;

	EvidenceFiles(@Value("${gongzheng.files.root}") Path root, @Value("${gongzheng.files.max-size}") DataSize maxSize) {
		this.root = root.resolve("supervision");
		this.maxSize = maxSize;
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

	/** As {@link #store(MultipartFile)}, for a file kept from an earlier attempt at the form. */
	public Stored store(InputStream content, String fileName, String contentType, long size) {
		if (size > maxSize.toBytes()) {
			throw InvalidInputException.of("evidenceFile", "error.upload.tooLarge");
		}
		try {
			Files.createDirectories(root);
			Path temporary = Files.createTempFile(root, "upload-", ".tmp");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(content, digest)) {
				Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			Path target = root.resolve(sha256);
			if (Files.exists(target)) {
				Files.delete(temporary);
			}
			else {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			String name = FileNames.displayName(fileName);
			return new Stored(sha256, name == null ? sha256 : name,
					contentType == null ? "application/octet-stream" : contentType, size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return root.resolve(sha256);
	}
}
