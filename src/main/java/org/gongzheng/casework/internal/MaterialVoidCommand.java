package org.gongzheng.casework.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Voids a material added by mistake; the reason is kept with it for whoever reads the file later. */
public record MaterialVoidCommand(
		@NotBlank(message = "{validation.required}") @Size(max = Materials.VOID_REASON_MAX, message = "{validation.size.max}") String reason) {
}
