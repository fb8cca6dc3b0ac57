package org.gongzheng.approval.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new version of a chain as the legal department writes it. */
public record ChainEdit(
		@NotBlank(message = "{validation.required}") @Size(max = MAX_CITATION, message = "{validation.size.max}") String citationZh,
		@NotBlank(message = "{validation.required}") @Size(max = MAX_CITATION, message = "{validation.size.max}") String citationEn,
		@NotBlank(message = "{validation.required}") @Size(max = MAX_NOTE, message = "{validation.size.max}") String changeNote,
		@NotEmpty(message = "{approval.chain.links.required}") @Size(max = 8, message = "{approval.chain.links.tooMany}")
		List<@NotNull(message = "{validation.required}") @Valid LinkSpec> links) {

	/**
	 * The seeded citations are under 200 characters; a thousand leaves room for a longer one while
	 * the chain list and every request page on the version can still print it.
	 */
	public static final int MAX_CITATION = 1000;

	/**
	 * Why a version was written, and why a bureau went back to the default: the history lists both
	 * in the same column, so both are held to the same length.
	 */
	public static final int MAX_NOTE = 500;
}
