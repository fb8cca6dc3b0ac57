package org.gongzheng.approval.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;

/** A link as the legal department defines it when editing a chain. */
public record LinkSpec(
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size.max}") String nameZh,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String nameEn,
		@NotNull(message = "{validation.required}") Role role,
		@NotNull(message = "{validation.required}") UnitLevel unitLevel,
		@NotNull(message = "{validation.required}") QualificationLevel minQualification,
		boolean countersign,
		@Min(value = 1, message = "{validation.positive}") @Max(value = 720, message = "{validation.max}") int reviewAmount,
		@NotNull(message = "{validation.required}") ReviewUnit reviewUnit) {
}
