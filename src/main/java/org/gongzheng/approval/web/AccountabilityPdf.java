package org.gongzheng.approval.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.PdfPrinter;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.PrintableText;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;

/**
 * An accountability record printed for a file or a hearing: the record's heading, who printed it
 * and when, and the same table the Excel export holds.
 */
@Component
class AccountabilityPdf {

	/**
	 * The most signatures one PDF holds. The renderer lays out the whole document in memory, so a
	 * longer record is refused with a hint to narrow the filter or take the Excel file, which streams.
	 */
	static final int MAX_ROWS = 2_000;

	/** The case's number and title. */
	static final Set<Integer> CASE_COLUMNS = Set.of(RecordTable.CASE_NUMBER, RecordTable.CASE_TITLE);

	/** Who signed. */
	static final Set<Integer> SIGNER_COLUMN = Set.of(RecordTable.SIGNER);

	/** A time as the records show it: its date and its hour, each kept whole in a narrow column. */
	private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})");

	/** Columns whose long values (hashes, digests) may break anywhere. */
	private static final Set<Integer> WRAP_ANYWHERE = Set.of(RecordTable.MATERIALS_READ, RecordTable.DIGEST);

	/**
	 * Widths of the record's sixteen columns in per cent of the landscape page, wide enough that the
	 * longest English word of each (a header, "Investigating", "Administrative", a date) is not split;
	 * Chinese breaks between any two characters, and the hashes anywhere.
	 */
	private static final double[] WIDTHS = { 7, 6.1, 6, 4.4, 7, 5.8, 6.9, 7.4, 6, 4.3, 7.6, 6, 7.5, 7.7, 5, 5.3 };

	private final PdfPrinter printer;

	private final Messages messages;

	private final Formats formats;

	private final Clock clock;

	AccountabilityPdf(PdfPrinter printer, Messages messages, Formats formats, Clock clock) {
		this.printer = printer;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	/** Whether a record of {@code signatures} rows can be printed. */
	static boolean printable(long signatures) {
		return signatures <= MAX_ROWS;
	}

	/** Refuses as {@link #print} would when the server has no Chinese font, printing nothing. */
	void checkFont() {
		printer.checkFont();
	}

	/** Refuses a record too long to print, before anything is loaded. */
	static void checkPrintable(long signatures) {
		if (!printable(signatures)) {
			throw InvalidInputException.of("filter", "approval.records.print.tooMany", signatures, MAX_ROWS);
		}
	}

	/**
	 * @param leftOut columns of the record the heading already names, left out of the print: the case's
	 *        number and title ({@link #CASE_COLUMNS}) in a case's record, the signer
	 *        ({@link #SIGNER_COLUMN}) in an officer's
	 */
	byte[] print(String heading, List<String> lines, RecordTable.Table table, Set<Integer> leftOut,
			SignedInOfficer printedBy) {
		StringBuilder body = new StringBuilder("<div class=\"record\"><h1>").append(text(heading)).append("</h1>");
		for (String line : lines) {
			body.append("<p>").append(text(line)).append("</p>");
		}
		body.append("<p>")
			.append(text(messages.get("approval.records.printed", printedBy.name() + messages.get("punct.open")
					+ printedBy.getUsername() + messages.get("punct.close"), formats.dateTime(clock.instant()))))
			.append("</p>");
		int noteAt = body.length();
		if (table.rows().isEmpty()) {
			body.append("<p>").append(text(messages.get("common.none"))).append("</p>");
		}
		else {
			boolean known = table.headers().size() == WIDTHS.length;
			List<Integer> shown = IntStream.range(0, table.headers().size())
				.filter(c -> !known || !leftOut.contains(c))
				.boxed()
				.toList();
			body.append("<table>");
			if (known) {
				double total = shown.stream().mapToDouble(c -> WIDTHS[c]).sum();
				body.append("<colgroup>");
				for (int c : shown) {
					body.append("<col style=\"width: ").append(Math.round(WIDTHS[c] * 1000 / total) / 10.0).append("%\"/>");
				}
				body.append("</colgroup>");
			}
			body.append("<thead><tr>");
			shown.forEach(c -> body.append("<th>").append(text(table.headers().get(c))).append("</th>"));
			body.append("</tr></thead><tbody>");
			for (List<Object> row : table.rows()) {
				body.append("<tr>");
				for (int c : shown) {
					body.append(known && WRAP_ANYWHERE.contains(c) ? "<td class=\"wrap\">" : "<td>")
						.append(cell(String.valueOf(row.get(c))))
						.append("</td>");
				}
				body.append("</tr>");
			}
			body.append("</tbody></table>");
		}
		// A name or an opinion with a character no font draws would print short unnoticed; the reader is told which.
		List<Integer> unprintable = printer.unprintable(body.toString());
		if (!unprintable.isEmpty()) {
			body.insert(noteAt, "<p class=\"unprintable\">" + text(messages.get("approval.records.print.unprintable",
					String.join(messages.get("punct.listSeparator"), unprintable.stream().map(PrintableText::named).toList())))
					+ "</p>");
		}
		body.append("</div>");
		return printer.landscape(heading, body.toString());
	}

	/**
	 * A cell's text; a time keeps its date and its hour whole, so a narrow column puts the hour under
	 * the date rather than breaking "16:26" at its colon.
	 */
	static String cell(String value) {
		Matcher time = DATE_TIME.matcher(value);
		if (time.matches()) {
			return "<span class=\"whole\">" + time.group(1) + "</span> <span class=\"whole\">" + time.group(2) + "</span>";
		}
		return text(value);
	}

	/** Text as XHTML: markup characters escaped, characters XML forbids dropped, line breaks kept. */
	static String text(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			switch (ch) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\n' -> out.append("<br/>");
				default -> {
					if (ch >= 0x20 || ch == '\t') {
						out.append(ch);
					}
				}
			}
		}
		return out.toString();
	}
}
