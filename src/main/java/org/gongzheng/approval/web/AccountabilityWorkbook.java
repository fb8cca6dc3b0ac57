package org.gongzheng.approval.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
		Workbook workbook = new Workbook(out, "Gongzheng", "1.0");
		Worksheet sheet = workbook.newWorksheet(messages.get(sheetName));
		for (int c = 0; c < table.headers().size(); c++) {
			sheet.value(0, c, table.headers().get(c));
			sheet.style(0, c).bold().set();
		}
		int row = 1;
		for (List<Object> cells : table.rows()) {
			for (int c = 0; c < cells.size(); c++) {
				Object cell = cells.get(c);
				if (cell instanceof Number number) {
					sheet.value(row, c, number);
				}
				else {
					sheet.value(row, c, cell == null ? "" : cell.toString());
				}
			}
			row++;
		}
		workbook.finish();
		return out.toByteArray();
	}
}
