package org.gongzheng.shared;

/**
 * Text as a form or a request body sends it, read as what the person typed:
 * <ul>
 * <li>Line breaks as one character each. A browser counts a line break as one character against a
 * text box's {@code maxlength} but sends it as CR LF, so an opinion the box had stopped at 2,000
 * characters, with a few paragraphs, was refused as longer than 2,000.</li>
 * <li>Text in which nothing shows as empty ({@link VisibleText}), so a required field refuses it.</li>
 * </ul>
 */
public final class InputText {

	private InputText() {
	}

	/** The text with CR LF and lone CR as LF, or the empty text when nothing in it shows; null stays null. */
	public static String read(String sent) {
		if (sent == null) {
			return null;
		}
		String text = sent.indexOf('\r') < 0 ? sent : sent.replace("\r\n", "\n").replace('\r', '\n');
		return VisibleText.none(text) ? "" : text;
	}
}
