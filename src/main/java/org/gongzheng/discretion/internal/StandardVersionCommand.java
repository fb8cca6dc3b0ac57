package org.gongzheng.discretion.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzheng.discretion.GradeRange;

/**
 * A new version of a violation's standard for the editor's jurisdiction. {@code latestVersion} is
 * the newest version number of that jurisdiction the editor saw (0 when there was none); the edit
 * is refused if someone else added a version meanwhile.
 */
public record StandardVersionCommand(
		@NotNull(message = "{validation.required}") Integer latestVersion,
		@NotNull(message = "{validation.required}") LocalDate effectiveFrom,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String basisZh,
		@Size(max = 300, message = "{validation.size.max}") String basisEn,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String changeNote,
		@NotEmpty(message = "{validation.required}") List<@NotNull(message = "{validation.required}") @Valid GradeRange> grades,
		Set<@NotBlank(message = "{validation.required}") String> circumstances) {
}
