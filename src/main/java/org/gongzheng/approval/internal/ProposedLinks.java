package org.gongzheng.approval.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Links an editor looks at before saving them as a chain's next version, under the rules an edit's links follow. */
public record ProposedLinks(
		@NotEmpty(message = "{approval.chain.links.required}") @Size(max = 8, message = "{approval.chain.links.tooMany}")
		List<@NotNull(message = "{validation.required}") @Valid LinkSpec> links) {
}
