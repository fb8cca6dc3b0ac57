package org.gongzheng;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back the text of a PDF the application produced. */
public final class Pdfs {

	private Pdfs() {
	}

	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not a readable PDF", ex);
		}
	}

	/** Text with the line breaks the layout introduced removed, for matching phrases. */
	public static String flatText(byte[] pdf) {
		return text(pdf).replaceAll("\\s+", "");
	}
}
