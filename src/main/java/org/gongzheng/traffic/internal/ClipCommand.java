package org.gongzheng.traffic.internal;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A clip as read off the camera dock.
 *
 * @param deviceCode the camera's code, the part before "/" of the clip references officers type, e.g. DSJ-5101
 * @param officerId who wore the camera, if known
 */
public record ClipCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.size.max}") String deviceCode,
		@NotNull(message = "{validation.required}") Instant recordedFrom,
		@NotNull(message = "{validation.required}") Instant recordedTo,
		Long officerId,
		@Size(max = 500, message = "{validation.size.max}") String note) {
}
