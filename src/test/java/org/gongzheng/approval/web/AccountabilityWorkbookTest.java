package org.gongzheng.approval.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import org.gongzheng.Workbooks;
import org.gongzheng.shared.web.Messages;

import static org.assertj.core.api.Assertions.assertThat;

class AccountabilityWorkbookTest {

	@Test
	void theSharedTableHoldsTheRepeatingTextsAndStopsGrowingWhileEveryTextStillReachesItsCell() throws Exception {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage("approval.records.sheet", Locale.getDefault(), "签批档案");
		AccountabilityWorkbook workbook = new AccountabilityWorkbook(new Messages(source));
		int lines = 3 * AccountabilityWorkbook.Parts.SHARED_TEXTS;
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			rows.add(List.of("同意", "2026-01-01 00:00:%05d".formatted(i), "核查意见".repeat(20) + i, i));
		}

		byte[] xlsx = workbook.write(new RecordTable.Table(List.of("意见", "签批时间", "理由", "序号"), rows));

		assertThat(Workbooks.rows(xlsx)).isEqualTo(1 + lines);
		assertThat(Workbooks.sharedTexts(xlsx)).hasSize(AccountabilityWorkbook.Parts.SHARED_TEXTS).contains("同意");
		String text = Workbooks.text(xlsx);
		assertThat(text).contains("2026-01-01 00:00:00000", "2026-01-01 00:00:%05d".formatted(lines - 1),
				"核查意见".repeat(20) + (lines - 1));
		assertThat(Workbooks.numbers(xlsx, "D")).hasSize(lines).endsWith(String.valueOf(lines - 1));
	}

	@Test
	void aTextLongerThanExcelTakesInACellIsCutToFitAndSaysSoInTheReadersLanguage() throws Exception {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage("approval.records.sheet", Locale.getDefault(), "签批档案");
		source.addMessage("approval.records.cellCut", Locale.getDefault(), "……（以下从略）");
		AccountabilityWorkbook workbook = new AccountabilityWorkbook(new Messages(source));
		String materials = "询问笔录 " + "a".repeat(64) + "\n";
		String read = materials.repeat(500);
		String fits = "😀".repeat(AccountabilityWorkbook.Parts.CELL_MAX_LENGTH / 2);

		byte[] xlsx = workbook.write(new RecordTable.Table(List.of("已阅材料", "备注"), List.of(List.of(read, fits))));

		String text = Workbooks.text(xlsx);
		int start = text.indexOf(materials);
		int end = text.indexOf("……（以下从略）") + "……（以下从略）".length();
		assertThat(end - start).isEqualTo(AccountabilityWorkbook.Parts.CELL_MAX_LENGTH);
		assertThat(text).contains(materials.repeat(100)).doesNotContain(materials.repeat(470));
		assertThat(Workbooks.text(xlsx)).contains(fits);
	}
}
