package org.gongzheng.shared;

/**
 * The name an uploaded file is listed and offered for download under. Browsers and API clients
 * send whatever name they like: a path ({@code ../../etc/passwd}, {@code C:\scans\a.pdf}), control
 * characters, hundreds of characters. Files are stored under their content hash, so the name is
 * only ever shown; it keeps the last path segment, without control characters, at most 255
 * characters (whole characters, not halves of one), keeping the extension where it cuts.
 */
public final class FileNames {

	private static final int MAX_LENGTH = 255;

	/** The longest extension kept through a cut, with its dot ({@code .jpeg}, {@code .docx}). */
	private static final int MAX_EXTENSION = 10;

	private FileNames() {
	}

	/** The name to show, or {@code null} when nothing usable was sent. */
	public static String displayName(String sent) {
		if (sent == null) {
			return null;
		}
		String last = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
		StringBuilder name = new StringBuilder();
		last.codePoints().filter(c -> !Character.isISOControl(c)).forEach(name::appendCodePoint);
		String shown = name.toString().strip();
		if (shown.isEmpty() || shown.equals(".") || shown.equals("..")) {
			return null;
		}
		if (shown.codePointCount(0, shown.length()) <= MAX_LENGTH) {
			return shown;
		}
		// The cut falls in the stem: the extension is what a download is opened with.
		String extension = extension(shown);
		int stem = MAX_LENGTH - extension.codePointCount(0, extension.length());
		return shown.substring(0, shown.offsetByCodePoints(0, stem)) + extension;
	}

	/** The name's extension with its dot ({@code .jpg}), if it has a short one, else empty. */
	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0) {
			return "";
		}
		String extension = name.substring(dot);
		return extension.length() <= MAX_EXTENSION && extension.codePoints().skip(1).allMatch(Character::isLetterOrDigit)
				? extension : "";
	}
}
