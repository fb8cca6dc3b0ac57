package org.gongzheng.shared.identity;

/**
 * A person's name as people type it, stored in one form so that a search for the name finds it:
 * <ul>
 * <li>Characters that draw nothing are left out: a zero-width space or joiner, a byte-order mark, a
 * soft hyphen or a direction mark, carried along when a name is copied from a web page, a chat
 * program or a spreadsheet. "王\u200B芳" looked like 王芳 and no search for 王芳 found it.</li>
 * <li>The separator in the names of many minority and foreign people ("买买提·吐尔逊") is written
 * U+00B7, as household registration writes it, whichever dot the input method or font gave
 * (•, ・, ‧, ∙, ⋅), with no spaces around it.</li>
 * <li>Spaces between Chinese characters are left out: forms pad two-character names to align them
 * ("王　芳"), and a reader searching for 王芳 does not type the padding. Other runs of spaces (a
 * Latin name's) are one space; spaces at either end go.</li>
 * <li>Latin letters typed full-width (ＪＯＨＮ) are read as ASCII.</li>
 * </ul>
 * Nothing else changes: rare characters, compatibility ideographs and letter case are kept as typed.
 */
public final class TypedNames {

	private static final int MIDDLE_DOT = 0x00B7;

	private TypedNames() {
	}

	/** The name in its one form; null stays null, and a name of nothing visible becomes empty. */
	public static String person(String typed) {
		if (typed == null) {
			return null;
		}
		StringBuilder name = new StringBuilder(typed.length());
		boolean spaceWaiting = false;
		int previous = -1;
		for (int c : typed.codePoints().toArray()) {
			if (Character.getType(c) == Character.FORMAT) {
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				spaceWaiting = previous != -1;
				continue;
			}
			int read = read(c);
			if (spaceWaiting && !joinsWithoutSpace(previous, read)) {
				name.append(' ');
			}
			spaceWaiting = false;
			name.appendCodePoint(read);
			previous = read;
		}
		return name.toString();
	}

	private static int read(int c) {
		if ((c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
			return c - 0xFEE0;
		}
		return switch (c) {
			case 0x2022, 0x2027, 0x30FB, 0xFF65, 0x2219, 0x22C5, 0x0387 -> MIDDLE_DOT;
			default -> c;
		};
	}

	/** Whether a space typed between these two is padding rather than part of the name. */
	private static boolean joinsWithoutSpace(int before, int after) {
		return before == MIDDLE_DOT || after == MIDDLE_DOT || (chinese(before) && chinese(after));
	}

	private static boolean chinese(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}
}
