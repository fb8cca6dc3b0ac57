package org.gongzheng.approval.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

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
		return new Parts(out, headers, messages.get(sheetName));
	}

	/**
	 * A worksheet whose rows leave memory as each part is appended, so a record of a whole working
	 * life is written one window of signatures at a time. Texts are written inline in their cells:
	 * the workbook's shared table of texts would hold every distinct one (every signing time) until
	 * the end, growing with the record.
	 */
	static final class Parts {

		private final Workbook workbook;

		private final Worksheet sheet;

		private int row = 1;

		private Parts(OutputStream out, List<String> headers, String sheetName) throws IOException {
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
						sheet.inlineString(row, c, cell == null ? "" : cell.toString());
					}
				}
				row++;
			}
			sheet.flush();
		}

		void finish() throws IOException {
			workbook.finish();
		}
	}
}
