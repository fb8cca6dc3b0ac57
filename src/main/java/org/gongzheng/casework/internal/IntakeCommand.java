package org.gongzheng.casework.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongzheng.casework.CaseType;
import org.gongzheng.shared.VisibleText;
import org.gongzheng.shared.identity.TypedNames;
import org.gongzheng.shared.identity.TypedNumbers;

/** Registers a reported incident (接报). */
public record IntakeCommand(
		@NotNull(message = "{validation.required}") CaseType type,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}") String summary,
		@NotNull(message = "{validation.required}") ReportSource reportSource,
		@Size(max = 50, message = "{validation.size.max}") String reporterName,
		@Pattern(regexp = "|1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8}", message = "{validation.phone}") String reporterPhone,
		Instant occurredAt,
		@Size(max = 200, message = "{validation.size.max}") String occurredPlace,
		Instant reportedAt,
		Long handlerId) {

	/**
	 * The reporter's phone as typed: full-width or in groups ({@link TypedNumbers}); the reporter's
	 * name in its one form ({@link TypedNames}); the title without characters that draw nothing, so
	 * that a search for what it shows finds it.
	 */
	public IntakeCommand {
		title = VisibleText.withoutFormatCharacters(title);
		reporterPhone = TypedNumbers.phone(reporterPhone);
		reporterName = TypedNames.person(reporterName);
	}

	/**
	 * What was sent, as a SHA-256 hex digest of every field as received: the same intake sent again
	 * gives the same digest, any field changed gives another.
	 */
	public String digest() {
		List<Object> fields = Arrays.asList(type, title, summary, reportSource, reporterName, reporterPhone, occurredAt,
				occurredPlace, reportedAt, handlerId);
		String canonical = fields.stream()
			.map(f -> f == null ? "\u0000" : f.toString())
			.collect(Collectors.joining("\u001f"));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}
}
