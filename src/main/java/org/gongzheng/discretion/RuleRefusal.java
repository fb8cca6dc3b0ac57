package org.gongzheng.discretion;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A procedure rule refused the proposal: which field, which rule (with its citation) and why.
 * As a field problem it reads "rule name (citation): detail" in the user's language.
 */
public record RuleRefusal(String field, RuleReference rule, String detailCode, Object[] detailArguments) {

	public static final String MESSAGE_CODE = "rule.refused";

	public Object[] messageArguments() {
		return new Object[] { rule.name(), rule.citation(),
				new DefaultMessageSourceResolvable(new String[] { detailCode }, detailArguments, detailCode) };
	}
}
