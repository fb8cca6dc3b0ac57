package org.gongzheng.supervision.alerts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What each step of an alert's lifecycle takes, always against the version the user saw. */
public final class AlertCommands {

	private AlertCommands() {
	}

	/** Assign for rectification; no assignee means the officer responsible for the subject. */
	public record Assign(Long assigneeId, @NotNull(message = "{validation.required}") Long version) {
	}

	public record Rectify(
			@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}") String explanation,
			@Size(max = 4000, message = "{validation.size.max}") String evidence,
			@NotNull(message = "{validation.required}") Long version) {
	}

	public record Verify(@Size(max = 2000, message = "{validation.size.max}") String note,
			@NotNull(message = "{validation.required}") Long version) {
	}

	public record Reopen(
			@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String reason,
			@NotNull(message = "{validation.required}") Long version) {
	}
}
