package org.gongzheng.supervision.rules;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What the legal department may change on a rule, against the version it was shown. */
public record RuleEdit(boolean enabled, @NotNull(message = "{validation.required}") Severity severity,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{supervision.rule.days.range}")
		@Max(value = 365, message = "{supervision.rule.days.range}") Integer rectificationDays,
		@NotNull(message = "{validation.required}") Map<String, Object> parameters,
		@NotNull(message = "{validation.required}") Long version) {
}
