package org.gongzheng.casework.internal;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/** Applies a summons or compulsory measure to a party of the case. */
public record MeasureCommand(
		@NotNull(message = "{validation.required}") Long partyId,
		@NotNull(message = "{validation.required}") MeasureType type,
		boolean detentionMayApply,
		Instant startedAt) {
}
