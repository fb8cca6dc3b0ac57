package org.gongzheng.shared.error;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A message argument shown in the reader's language: an enum value by its label
 * ({@code enum.<Type>.<VALUE>}), not by its code, or a name kept in both languages (an approval
 * link's, say) by the one the reader reads.
 */
public final class Label {

	/**
	 * The message whose Chinese text is its first argument and whose English text its second: the
	 * message source picks the language, so the argument reads right wherever a message is resolved
	 * (the API's problem detail, a page, a form's field error) without each caller knowing the locale.
	 */
	private static final String IN_READERS_LANGUAGE = "label.inReadersLanguage";

	private Label() {
	}

	public static DefaultMessageSourceResolvable of(Enum<?> value) {
		return new DefaultMessageSourceResolvable(new String[] { code(value) }, value.name());
	}

	/**
	 * A name kept in Chinese and English, shown in the reader's language; without an English text
	 * the Chinese one stands for both, as {@link org.gongzheng.shared.Languages#pick} has it.
	 */
	public static DefaultMessageSourceResolvable of(String zh, String en) {
		return new DefaultMessageSourceResolvable(new String[] { IN_READERS_LANGUAGE },
				new Object[] { zh, en == null || en.isBlank() ? zh : en }, zh);
	}

	/** The message code of an enum value's label, {@code enum.<Type>.<VALUE>}. */
	public static String code(Enum<?> value) {
		return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
	}
}
