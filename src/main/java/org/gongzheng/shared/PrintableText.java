package org.gongzheng.shared;

/**
 * Text that every record and document can be printed with, and that reads as it is stored. The PDF
 * renderer reads each of them as XHTML, and XML 1.0 cannot carry the C0 control characters other
 * than tab, line feed and carriage return, nor the non-characters U+FFFE and U+FFFF: one of them in
 * a case title made the case's approval record fail to print. DEL and the C1 controls are no text
 * either, and the bidirectional overrides (U+202D, U+202E) make a title read reversed. Nobody types
 * them; they arrive pasted from other software (a word processor's manual line break is U+000B) or
 * from a client's mistake. Input refuses them on their field, so what is stored and signed is what
 * was sent; printing leaves out any stored before that.
 */
public final class PrintableText {

	private PrintableText() {
	}

	/** The first character in the text that cannot be printed as it reads (NUL among them), or -1 when there is none. */
	public static int firstUnprintable(String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (!printable(text.charAt(i))) {
				return text.charAt(i);
			}
		}
		return -1;
	}

	/** The text without the characters that cannot be printed as it reads. */
	public static String printable(String text) {
		if (firstUnprintable(text) < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (printable(text.charAt(i))) {
				kept.append(text.charAt(i));
			}
		}
		return kept.toString();
	}

	/** A character as it is named to the person who sent it, since it cannot be seen: "U+000B". */
	public static String named(int character) {
		return "U+%04X".formatted(character);
	}

	private static boolean printable(char c) {
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		// DEL and the C1 controls: what text decoded with the wrong character set holds, never words.
		if (c >= 0x7F && c <= 0x9F) {
			return false;
		}
		// The two bidirectional overrides show the characters after them in reverse order, so a title
		// can read on screen otherwise than it is stored and signed; embeddings and marks, which
		// Uyghur or Arabic names may need, do not reverse anything and stay.
		return c != '\u202D' && c != '\u202E' && c != 0xFFFE && c != 0xFFFF;
	}
}
