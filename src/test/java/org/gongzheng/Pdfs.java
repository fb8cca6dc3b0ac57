package org.gongzheng;

import java.awt.geom.Rectangle2D;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

	/**
	 * The PDF a request answered. Without a font with Chinese glyphs the server answers 503 and the
	 * test is skipped with that reason; this machine is expected to have one.
	 */
	public static byte[] of(MvcResult result) {
		assumeTrue(result.getResponse().getStatus() != 503,
				"No font with Chinese glyphs on this machine: apt-get install fonts-noto-cjk");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		return result.getResponse().getContentAsByteArray();
	}

	/** Text with the line breaks the layout introduced removed, for matching phrases. */
	public static String flatText(byte[] pdf) {
		return text(pdf).replaceAll("\\s+", "");
	}

	/** As {@link #flatText}, but only what lies on the paper: text set beyond a page's edge is left out. */
	public static String visibleFlatText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			StringBuilder text = new StringBuilder();
			for (PDPage page : document.getPages()) {
				PDRectangle paper = page.getCropBox();
				PDFTextStripperByArea stripper = new PDFTextStripperByArea();
				stripper.addRegion("paper", new Rectangle2D.Float(0, 0, paper.getWidth(), paper.getHeight()));
				stripper.extractRegions(page);
				text.append(stripper.getTextForRegion("paper"));
			}
			return text.toString().replaceAll("\\s+", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not a readable PDF", ex);
		}
	}
}
