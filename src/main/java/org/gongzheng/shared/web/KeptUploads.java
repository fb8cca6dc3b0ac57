package org.gongzheng.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import org.gongzheng.shared.db.AfterTransaction;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * Files kept from a form that came back with errors. A browser cannot fill a file field again, so
 * without this an officer whose material form lacked, say, the recorder's number would choose and
 * send a 50 MB video a second time. A kept upload belongs to one officer and one form (such as the
 * materials of one case), is found by a random token the form carries, and is removed once used,
 * replaced or refused, or an hour after it was kept. It is nothing yet: nothing is recorded and
 * nobody else can reach it.
 */
@Component
public class KeptUploads {

	/** How long a kept upload waits for the form to be sent again. */
	public static final Duration KEPT_FOR = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(KeptUploads.class);

	static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

	private static final String CONTENT = ".upload";

	private static final String FACTS = ".properties";

	/** A file kept for an officer's next attempt at the form. */
	public record KeptUpload(String token, String fileName, String contentType, long size) {
	}

	private final Path folder;

	private final long maxBytes;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	KeptUploads(@Value("${gongzheng.files.root}") Path root, @Value("${gongzheng.files.max-size}") DataSize maxSize,
			Clock clock) {
		this.folder = root.toAbsolutePath().normalize().resolve("kept");
		this.maxBytes = maxSize.toBytes();
		this.clock = clock;
	}

	/**
	 * Keeps {@code content} for the officer's next attempt at {@code form}; empty when the file is
	 * larger than an upload may be, since it would be refused anyway.
	 */
	public Optional<KeptUpload> keep(InputStream content, String fileName, String contentType, long officerId,
			String form) {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Path file = folder.resolve(token + CONTENT);
		try {
			Files.createDirectories(folder);
			long size = 0;
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				int read;
				while ((read = content.read(buffer)) != -1) {
					size += read;
					if (size > maxBytes) {
						break;
					}
					out.write(buffer, 0, read);
				}
			}
			if (size > maxBytes || size == 0) {
				Files.deleteIfExists(file);
				return Optional.empty();
			}
			Properties facts = new Properties();
			facts.setProperty("officer", Long.toString(officerId));
			facts.setProperty("form", form);
			// A browser may send no name or type; an absent property reads back as null.
			if (fileName != null) {
				facts.setProperty("name", fileName);
			}
			if (contentType != null) {
				facts.setProperty("type", contentType);
			}
			facts.setProperty("size", Long.toString(size));
			facts.setProperty("kept", clock.instant().toString());
			// Written last: an upload without its facts is never found, only swept.
			try (Writer out = Files.newBufferedWriter(folder.resolve(token + FACTS), StandardCharsets.UTF_8)) {
				facts.store(out, null);
			}
			return Optional.of(new KeptUpload(token, fileName, contentType, size));
		}
		catch (IOException ex) {
			delete(token);
			throw new UncheckedIOException("Could not keep the uploaded file", ex);
		}
	}

	/**
	 * The file kept from the last attempt at {@code form}, as the form sent its token back: none
	 * when it sent none, or when a new file replaces the kept one or the officer declined it (which
	 * removes it). A token that finds nothing (an hour passed, used up, or not the officer's) is
	 * refused on {@code field}, rather than the form being saved quietly without its file.
	 */
	public Optional<KeptUpload> sentBack(KeptFileForm sent, boolean newFile, long officerId, String form,
			String field) {
		if (sent.getKeptFile() == null || sent.getKeptFile().isBlank()) {
			return Optional.empty();
		}
		Optional<KeptUpload> kept = find(sent.getKeptFile(), officerId, form);
		if (newFile || sent.isDropKeptFile()) {
			kept.ifPresent(this::discard);
			return Optional.empty();
		}
		return Optional.of(kept.orElseThrow(() -> gone(field)));
	}

	/**
	 * What the next attempt at a refused form starts with: nothing when the file itself was refused
	 * (a kept one is removed), else the file just sent, kept now, or the one kept before. Empty too
	 * when the file sent is larger than an upload may be.
	 */
	public Optional<KeptUpload> forNextAttempt(boolean fileRefused, KeptUpload kept, MultipartFile sent,
			long officerId, String form) {
		if (fileRefused) {
			if (kept != null) {
				discard(kept);
			}
			return Optional.empty();
		}
		if (sent != null && !sent.isEmpty()) {
			try (InputStream content = sent.getInputStream()) {
				return keep(content, sent.getOriginalFilename(), sent.getContentType(), officerId, form);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not keep the uploaded file", ex);
			}
		}
		return Optional.ofNullable(kept);
	}

	/** The upload kept under {@code token} for this officer and form, if it is still kept. */
	public Optional<KeptUpload> find(String token, long officerId, String form) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return facts(token)
			.filter(facts -> Long.toString(officerId).equals(facts.getProperty("officer"))
					&& form.equals(facts.getProperty("form")) && !expired(facts))
			.filter(facts -> Files.isReadable(folder.resolve(token + CONTENT)))
			.map(facts -> new KeptUpload(token, facts.getProperty("name"), facts.getProperty("type"),
					Long.parseLong(facts.getProperty("size"))));
	}

	/**
	 * The kept file's content; the caller closes it. Gone meanwhile (the same form sent twice at
	 * once, the first one using it up), it is refused on the form's file field like an expired one.
	 */
	public InputStream open(KeptUpload upload, String field) {
		try {
			return Files.newInputStream(folder.resolve(upload.token() + CONTENT));
		}
		catch (NoSuchFileException ex) {
			throw gone(field);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read a kept upload", ex);
		}
	}

	/** The refusal of a token that finds no kept upload (an hour passed, used up, or not the officer's). */
	public static InvalidInputException gone(String field) {
		return InvalidInputException.of(field, "upload.kept.gone");
	}

	/** Removes a kept upload that was used, replaced or refused. */
	public void discard(KeptUpload upload) {
		delete(upload.token());
	}

	/**
	 * Removes a kept upload the form just used, once the form is saved: inside a transaction only
	 * after it commits, so that a save that fails at the last moment still finds the file kept.
	 */
	public void discardOnceSaved(KeptUpload upload) {
		AfterTransaction.onceCommitted(() -> discard(upload));
	}

	/** Uploads nobody came back for within the hour are removed, as are any half-written ones. */
	@Scheduled(fixedDelayString = "${gongzheng.files.kept-sweep-delay:PT15M}")
	public void removeExpired() {
		if (!Files.isDirectory(folder)) {
			return;
		}
		Instant oldest = clock.instant().minus(KEPT_FOR);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + CONTENT)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				String token = name.substring(0, name.length() - CONTENT.length());
				boolean expired = facts(token).map(this::expired)
					.orElseGet(() -> modifiedBefore(file, oldest));
				if (expired) {
					delete(token);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not sweep kept uploads in {}", folder, ex);
		}
	}

	private Optional<Properties> facts(String token) {
		Properties facts = new Properties();
		try (Reader in = Files.newBufferedReader(folder.resolve(token + FACTS), StandardCharsets.UTF_8)) {
			facts.load(in);
			return Optional.of(facts);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException | IllegalArgumentException ex) {
			log.warn("Unreadable kept upload {}", token, ex);
			return Optional.empty();
		}
	}

	private boolean expired(Properties facts) {
		try {
			return !Instant.parse(facts.getProperty("kept", "")).plus(KEPT_FOR).isAfter(clock.instant());
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	private static boolean modifiedBefore(Path file, Instant oldest) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(oldest);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void delete(String token) {
		try {
			Files.deleteIfExists(folder.resolve(token + FACTS));
			Files.deleteIfExists(folder.resolve(token + CONTENT));
		}
		catch (IOException ex) {
			log.warn("Could not remove kept upload {}", token, ex);
		}
	}
}
