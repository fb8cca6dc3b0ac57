package org.gongzheng.approval;

import java.util.List;

/**
 * Prints an accountability record as a PDF with the Chinese font the legal documents use. Provided
 * by the module that renders documents, so that a record can be printed for a file or a hearing
 * without approval depending on it.
 */
public interface PdfPrinter {

	/**
	 * An A4 landscape PDF of {@code xhtmlBody} (well-formed XHTML, text escaped by the caller).
	 * Without a font with Chinese glyphs on the server it refuses with a message saying what to
	 * install (503).
	 */
	byte[] landscape(String title, String xhtmlBody);

	/**
	 * Refuses as {@link #landscape} would when the server has no font with Chinese glyphs, and
	 * prints nothing: a HEAD for a record's PDF is told what its GET would be.
	 */
	void checkFont();

	/**
	 * The characters of {@code text} no font of this server draws, which a print leaves out or shows
	 * as "#"; none when the server has no Chinese font at all (printing then says what to install).
	 */
	List<Integer> unprintable(String text);
}
