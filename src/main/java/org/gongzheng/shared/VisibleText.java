package org.gongzheng.shared;

/**
 * Whether text shows anything. Java's {@code isBlank} and the {@code @NotBlank} check see only the
 * spaces {@link Character#isWhitespace} knows, so an opinion made of a non-breaking space (what a
 * word processor puts between words it keeps together, and what Option-Space types on a Mac), a
 * zero-width space or a byte-order mark pasted from another program passed as an opinion: a return
 * for correction was signed with reasons nobody can read. Input reads such text as empty
 * ({@link InputText}), so every "required" check refuses it as it refuses an empty field.
 */
public final class VisibleText {

	private VisibleText() {
	}

	/** Whether the text holds characters and none of them shows. */
	public static boolean none(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		return text.codePoints().allMatch(VisibleText::invisible);
	}

	/**
	 * The text without the format characters that draw nothing (a zero-width space or joiner, a
	 * byte-order mark, a soft hyphen, a direction mark), for text that is searched as typed: a title
	 * pasted with a zero-width space (U+200B) inside 寻衅滋事 looks like 寻衅滋事 and no search for it
	 * found it. Null stays null.
	 */
	public static String withoutFormatCharacters(String text) {
		if (text == null || text.codePoints().noneMatch(c -> Character.getType(c) == Character.FORMAT)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static boolean invisible(int c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
			return true;
		}
		// Hangul fillers and the blank Braille pattern draw nothing, though Unicode calls them letters
		// and symbols; variation selectors and the grapheme joiner only change the character before them.
		return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x034F
				|| (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
	}
}
