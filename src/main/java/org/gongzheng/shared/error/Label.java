package org.gongzheng.shared.error;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An enum value as a message argument: it is shown by its label in the reader's language
 * ({@code enum.<Type>.<VALUE>}), not by its code.
 */
public final class Label {

	private Label() {
	}

	public static DefaultMessageSourceResolvable of(Enum<?> value) {
		return new DefaultMessageSourceResolvable(new String[] { code(value) }, value.name());
	}

	/** The message code of an enum value's label, {@code enum.<Type>.<VALUE>}. */
	public static String code(Enum<?> value) {
		return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
	}
}
