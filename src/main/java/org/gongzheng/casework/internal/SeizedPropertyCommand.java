package org.gongzheng.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records seized property. The value is exact money in fen; the disposal due date defaults to 30
 * days after the seizure.
 */
public record SeizedPropertyCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String description,
		@NotNull(message = "{validation.required}") SeizedProperty.Category category,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.positive}")
		@Max(value = 1_000_000, message = "{validation.max}") Integer quantity,
		@NotBlank(message = "{validation.required}") @Size(max = 10, message = "{validation.size.max}") String unitOfMeasure,
		@Min(value = 0, message = "{validation.notNegative}") Long estimatedValueFen,
		@NotNull(message = "{validation.required}") SeizedProperty.Kind kind,
		Long ownerPartyId,
		Instant seizedAt,
		LocalDate disposalDue,
		@Size(max = 100, message = "{validation.size.max}") String storageLocation) {
}
