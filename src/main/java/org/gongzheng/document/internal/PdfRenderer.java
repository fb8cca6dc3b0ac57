package org.gongzheng.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.gongzheng.shared.PrintableText;

/**
 * Renders a stored document as an A4 PDF with openhtmltopdf on PDFBox. The Chinese font comes from
 * {@code gongzheng.documents.font} (a .ttf, .otf or .ttc file; {@code gongzheng.documents.font-face}
 * picks a face of a collection) or else from the system's font folders; a bold face next to it
 * (…-Bold…) is used for headings when present. Without any, rendering is refused with a message
 * saying what to install. Characters the font lacks come from {@link FallbackFonts}.
 */
@Component
class PdfRenderer {

	private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

	static final String FAMILY = "gz-cjk";

	/**
	 * A word longer than a line (serial numbers joined by commas, an address on the web) breaks
	 * where the line ends; the renderer would otherwise set it past the page's edge, off the paper.
	 */
	private static final String STYLE = """
			@page { size: A4; margin: 25mm 26mm 25mm 28mm; }
			body { font-family: 'gz-cjk'; font-size: 12pt; line-height: 1.75; color: #000; }
			.document p, .document td, .document th, .document div { word-wrap: break-word; }
			.document h1 { font-size: 20pt; font-weight: bold; text-align: center; letter-spacing: 2pt; margin: 0 0 4pt 0; }
			.document .authority { text-align: center; font-size: 16pt; font-weight: bold; margin: 0 0 6pt 0; }
			.document .number { text-align: right; margin: 0 0 14pt 0; }
			.document p { margin: 0 0 6pt 0; text-indent: 2em; }
			.document p.plain { text-indent: 0; }
			.document table { width: 100%; border-collapse: collapse; margin: 6pt 0; }
			.document td, .document th { border: 0.6pt solid #000; padding: 3pt 5pt; vertical-align: top; }
			.document th { width: 26%; font-weight: normal; text-align: left; }
			.document .signature { text-align: right; margin-top: 24pt; text-indent: 0; }
			.document .note { font-size: 10pt; text-indent: 0; }
			.document .correction { border: 0.8pt solid #000; padding: 4pt; text-indent: 0; }
			""";

	private final String configuredFont;

	private final String configuredFace;

	private volatile CjkFont regular;

	private volatile CjkFont bold;

	private volatile boolean boldLooked;

	private final String configuredFallbacks;

	private volatile FallbackFonts fallbacks;

	PdfRenderer(@Value("${gongzheng.documents.font:}") String configuredFont,
			@Value("${gongzheng.documents.font-face:}") String configuredFace,
			@Value("${gongzheng.documents.fallback-fonts:}") String configuredFallbacks) {
		this.configuredFont = configuredFont;
		this.configuredFace = configuredFace;
		this.configuredFallbacks = configuredFallbacks;
	}

	byte[] render(String body, String title) {
		return render(body, title, "");
	}

	/**
	 * As {@link #render(String, String)}, with style rules after the documents' own (they win).
	 * Characters XML cannot carry are left out: input refuses them, but text stored before it did
	 * must still print.
	 */
	byte[] render(String body, String title, String extraStyle) {
		CjkFont font = regular();
		String printableTitle = PrintableText.printable(title);
		String printableBody = PrintableText.printable(body);
		List<FallbackFonts.Subset> fallbacks = fallbacks().subsets(printableTitle + printableBody, font);
		String xhtml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/><title>%s</title><style>%s%s%s</style></head>
				<body>%s</body></html>""".formatted(escape(printableTitle), STYLE, fallbackFamilies(fallbacks), extraStyle,
				printableBody);
		byte[] regularSubset = font.subset(xhtml);
		CjkFont boldFont = bold(font);
		byte[] boldSubset = boldFont == null ? regularSubset : boldFont.subset(xhtml);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> new ByteArrayInputStream(regularSubset), FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(boldSubset), FAMILY, 700, FontStyle.NORMAL, true);
		for (FallbackFonts.Subset fallback : fallbacks) {
			// The same face for headings: a rare character set in regular weight beats a "#".
			builder.useFont(() -> new ByteArrayInputStream(fallback.font()), fallback.family(), 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(fallback.font()), fallback.family(), 700, FontStyle.NORMAL, true);
		}
		builder.withHtmlContent(xhtml, null);
		builder.withProducer("Gongzheng");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new IllegalStateException("PDF rendering failed", ex);
		}
		return out.toByteArray();
	}

	/** The renderer takes a character from the first family in the list that draws it. */
	private static String fallbackFamilies(List<FallbackFonts.Subset> fallbacks) {
		if (fallbacks.isEmpty()) {
			return "";
		}
		StringBuilder families = new StringBuilder("body { font-family: '" + FAMILY + "'");
		fallbacks.forEach(fallback -> families.append(", '").append(fallback.family()).append("'"));
		return families.append("; }\n").toString();
	}

	/**
	 * The characters of {@code text} no font of this server draws, which the PDF leaves out or shows as "#".
	 * None when there is no Chinese font at all: rendering itself then says what to install.
	 */
	List<Integer> unprintable(String text) {
		try {
			return fallbacks().missing(PrintableText.printable(text), regular());
		}
		catch (FontUnavailableException ex) {
			return List.of();
		}
	}

	/** Finds the font as rendering would, refusing in the same way when the server has none. */
	void checkFont() {
		regular();
	}

	/** The font in use, found on first use (it stays open while the application runs). */
	String fontDescription() {
		return regular().description();
	}

	private CjkFont regular() {
		CjkFont font = regular;
		if (font == null) {
			synchronized (this) {
				if (regular == null) {
					regular = CjkFont.locate(configuredFont, configuredFace);
				}
				font = regular;
			}
		}
		return font;
	}

	private FallbackFonts fallbacks() {
		FallbackFonts found = fallbacks;
		if (found == null) {
			synchronized (this) {
				if (fallbacks == null) {
					fallbacks = FallbackFonts.locate(configuredFallbacks);
				}
				found = fallbacks;
			}
		}
		return found;
	}

	private CjkFont bold(CjkFont regularFont) {
		if (!boldLooked) {
			synchronized (this) {
				if (!boldLooked) {
					Path file = regularFont.file();
					String name = file.getFileName().toString();
					if (name.contains("Regular")) {
						Path sibling = file.resolveSibling(name.replace("Regular", "Bold"));
						if (Files.isReadable(sibling)) {
							try {
								bold = CjkFont.locate(sibling.toString(), null);
							}
							catch (RuntimeException ex) {
								log.debug("No bold face used", ex);
							}
						}
					}
					boldLooked = true;
				}
			}
		}
		return bold;
	}

	private static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@PreDestroy
	void close() throws IOException {
		if (regular != null) {
			regular.close();
		}
		if (bold != null) {
			bold.close();
		}
		if (fallbacks != null) {
			fallbacks.close();
		}
	}
}
