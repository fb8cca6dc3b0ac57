package org.gongzheng.casework.internal;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongzheng.casework.CaseType;
import org.gongzheng.shared.Sha256;
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
	 * gives the same digest, any field changed gives another. The fields are the record's own, so a
	 * field added later is part of it too.
	 */
	public String digest() {
		return Sha256.hex(Arrays.stream(IntakeCommand.class.getRecordComponents())
			.map(this::valueOf)
			.map(value -> value == null ? "\u0000" : value.toString())
			.collect(Collectors.joining("\u001f")));
	}

	private Object valueOf(RecordComponent component) {
		try {
			return component.getAccessor().invoke(this);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("A record's own accessor could not be called", ex);
		}
	}
}
