package org.gongzheng.casework.internal;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds a material. Records carry their text in {@code body}; uploads carry a file alongside this
 * command; body-worn camera clips carry the device and the recorded interval (a file is optional,
 * since the footage may stay in the camera management system).
 */
public record MaterialCommand(
		@NotNull(message = "{validation.required}") MaterialType type,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String title,
		@Size(max = 100_000, message = "{validation.size.max}") String body,
		@Size(max = 200, message = "{validation.size.max}") String place,
		Instant recordedFrom,
		Instant recordedTo,
		Long subjectPartyId,
		@Size(max = 40, message = "{validation.size.max}") String deviceCode) {
}
