package org.gongzheng.document.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.PdfPrinter;

/** Prints approval's accountability records with the documents' renderer and font. */
@Component
class RecordPrinter implements PdfPrinter {

	/**
	 * Wide tables of small text on a landscape page; long hashes break anywhere, and so does a case
	 * title too long for its line above the table; a date or an hour breaks nowhere. The PDF
	 * renderer breaks a word too long for its box through {@code word-wrap}; it knows no
	 * {@code word-break}.
	 */
	private static final String RECORD_STYLE = """
			@page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm;
			        @bottom-right { content: counter(page) " / " counter(pages); font-family: 'gz-cjk'; font-size: 8pt; } }
			body { font-size: 8pt; line-height: 1.4; }
			.record h1 { font-size: 14pt; font-weight: bold; margin: 0 0 2pt 0; }
			.record h2 { font-size: 10pt; font-weight: bold; margin: 8pt 0 2pt 0; }
			.record p { margin: 0 0 4pt 0; word-wrap: break-word; }
			.record table { width: 100%; table-layout: fixed; border-collapse: collapse; -fs-table-paginate: paginate;
			        font-size: 7pt; }
			.record th, .record td { border: 0.5pt solid #000; padding: 1.5pt 2pt; vertical-align: top; text-align: left;
			        word-wrap: break-word; }
			.record th { font-weight: bold; background: #eee; }
			.record td.wrap { font-size: 6.5pt; }
			.record .whole { white-space: nowrap; }
			""";

	private final PdfRenderer renderer;

	RecordPrinter(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	@Override
	public byte[] landscape(String title, String xhtmlBody) {
		return renderer.render(xhtmlBody, title, RECORD_STYLE);
	}

	@Override
	public void checkFont() {
		renderer.checkFont();
	}

	@Override
	public List<Integer> unprintable(String text) {
		return renderer.unprintable(text);
	}
}
