package org.gongzheng.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongzheng.organization.UnitKind;

/**
 * Creates or changes a unit. Kind and parent are fixed once the unit exists. {@code legalAffairs}:
 * the unit is its bureau's legal-affairs department; left out, a new unit is not and an existing one
 * stays as it is.
 */
public record UnitCommand(
		Long parentId,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[0-9]{12}", message = "{unit.code.format}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String nameZh,
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size.max}") String nameEn,
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.size.max}") String shortName,
		@NotNull(message = "{validation.required}") UnitKind kind,
		String zoneId,
		Boolean legalAffairs) {
}
