package org.gongzheng.shared;

/**
 * Text that every record and document can be printed with. The PDF renderer reads each of them as
 * XHTML, and XML 1.0 cannot carry the C0 control characters other than tab, line feed and carriage
 * return, nor the non-characters U+FFFE and U+FFFF: one of them in a case title made the case's
 * approval record fail to print. Nobody types them; they arrive pasted from other software (a word
 * processor's manual line break is U+000B) or from a client's mistake. Input refuses them on their
 * field, so what is stored and signed is what was sent; printing leaves out any stored before that.
 */
public final class PrintableText {

	private PrintableText() {
	}

	/** The first character in the text that XML cannot carry (NUL among them), or -1 when there is none. */
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

	/** The text without the characters XML cannot carry. */
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
		return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
	}
}
