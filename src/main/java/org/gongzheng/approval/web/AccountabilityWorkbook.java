package org.gongzheng.approval.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import org.gongzheng.shared.web.Messages;

/** Writes an approval table (an accountability record, the register) as an Excel workbook, one row per line. */
@Component
class AccountabilityWorkbook {

	private final Messages messages;

	AccountabilityWorkbook(Messages messages) {
		this.messages = messages;
	}

	byte[] write(RecordTable.Table table) throws IOException {
		return write(table, "approval.records.sheet");
	}

	/** {@code sheetName}: the message code of the worksheet's name. */
	byte[] write(RecordTable.Table table, String sheetName) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Parts parts = open(out, table.headers(), sheetName);
		parts.append(table.rows());
		parts.finish();
		return out.toByteArray();
	}

	/**
	 * A workbook written into {@code out} a part at a time; {@code sheetName} is the message code of
	 * its worksheet's name.
	 */
	Parts open(OutputStream out, List<String> headers, String sheetName) throws IOException {
		return new Parts(out, headers, messages.get(sheetName), messages.get("approval.records.cellCut"));
	}

	/**
	 * A worksheet whose rows leave memory as each part is appended, so a record of a whole working
	 * life is written one window of signatures at a time. The workbook's shared table of texts stays
	 * in memory until the end, so only the first {@link #SHARED_TEXTS} distinct short texts go into
	 * it, which are the ones that repeat on every page (actions, links, decisions, "同意", states);
	 * every other text, such as a signing time or a hash, is written inline in its cell.
	 */
	static final class Parts {

		/** Kept small: the shared table is the one thing that would grow with the record. */
		static final int SHARED_TEXTS = 1_000;

		/** Longer texts (opinions, hash lists) rarely repeat word for word. */
		static final int SHARED_TEXT_MAX_LENGTH = 64;

		/**
		 * Excel's most characters in one cell; it reports a longer text as damage to the file and
		 * drops it. The materials a signer read in a case with hundreds of them reach it.
		 */
		static final int CELL_MAX_LENGTH = 32_767;

		private final String cutNote;

		private final Workbook workbook;

		private final Worksheet sheet;

		private final Set<String> shared = new HashSet<>();

		private int row = 1;

		private Parts(OutputStream out, List<String> headers, String sheetName, String cutNote) throws IOException {
			this.cutNote = cutNote;
			workbook = new Workbook(out, "Gongzheng", "1.0");
			sheet = workbook.newWorksheet(sheetName);
			for (int c = 0; c < headers.size(); c++) {
				sheet.inlineString(0, c, headers.get(c));
				sheet.style(0, c).bold().set();
			}
		}

		void append(List<List<Object>> rows) throws IOException {
			for (List<Object> cells : rows) {
				for (int c = 0; c < cells.size(); c++) {
					Object cell = cells.get(c);
					if (cell instanceof Number number) {
						sheet.value(row, c, number);
					}
					else {
						text(c, cell == null ? "" : cell.toString());
					}
				}
				row++;
			}
			sheet.flush();
		}

		private void text(int column, String whole) {
			String text = whole.length() <= CELL_MAX_LENGTH ? whole : cut(whole);
			if (shared.contains(text) || (shared.size() < SHARED_TEXTS && text.length() <= SHARED_TEXT_MAX_LENGTH
					&& shared.add(text))) {
				sheet.value(row, column, text);
			}
			else {
				sheet.inlineString(row, column, text);
			}
		}

		/** A text cut to fit its cell, ending with a note that says so; never between the halves of a character. */
		private String cut(String text) {
			int end = CELL_MAX_LENGTH - cutNote.length();
			if (Character.isLowSurrogate(text.charAt(end))) {
				end--;
			}
			return text.substring(0, end) + cutNote;
		}

		void finish() throws IOException {
			workbook.finish();
		}
	}
}
