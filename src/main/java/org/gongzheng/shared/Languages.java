package org.gongzheng.shared;

import java.util.Locale;

/**
 * The product speaks Simplified Chinese first and English fully: data kept in both languages is
 * read through here, so every page falls back the same way when an English text is missing.
 */
public final class Languages {

	private Languages() {
	}

	public static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/** The English text for an English reader when there is one, the Chinese text otherwise. */
	public static String pick(Locale locale, String zh, String en) {
		return english(locale) && en != null ? en : zh;
	}

	/** How the reader's language separates the items of a list: "a、b" or "a, b". */
	public static String listSeparator(Locale locale) {
		return english(locale) ? ", " : "、";
	}
}
