package org.gongzheng.casework.internal;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.DecisionKind;

/**
 * Moves a case along a transition. {@code version} is the case version the user saw; the
 * transition is refused if the case changed since. {@code effectiveAt} is when the act took
 * place (defaults to now); deadlines count from it.
 */
public record TransitionCommand(
		@NotNull(message = "{validation.required}") CaseTransition transition,
		@NotNull(message = "{validation.required}") Long version,
		@Size(max = 4000, message = "{validation.size.max}") String reason,
		Long handlerId,
		Long coHandlerId,
		DecisionKind decisionKind,
		Instant effectiveAt) {
}
