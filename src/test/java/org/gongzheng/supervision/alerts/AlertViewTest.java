package org.gongzheng.supervision.alerts;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import org.gongzheng.shared.web.Messages;

import static org.assertj.core.api.Assertions.assertThat;

class AlertViewTest {

	private final StaticMessageSource source = new StaticMessageSource();

	private final AlertView view = new AlertView(new Messages(source));

	AlertViewTest() {
		source.addMessage("supervision.reason.R", Locale.CHINA, "案件 {caseNumber}（{state}）缺少：{missing}；期限 {deadline}");
		source.addMessage("supervision.reason.R", Locale.ENGLISH, "Case {caseNumber} ({state}) lacks {missing}; deadline {deadline}");
		source.addMessage("enum.CaseState.INVESTIGATING", Locale.CHINA, "侦查/调查中");
		source.addMessage("enum.CaseState.INVESTIGATING", Locale.ENGLISH, "Investigating");
		source.addMessage("enum.MaterialType.INQUIRY_RECORD", Locale.CHINA, "询问笔录");
		source.addMessage("enum.MaterialType.INQUIRY_RECORD", Locale.ENGLISH, "inquiry record");
		source.addMessage("supervision.value.POINTS", Locale.CHINA, "记分");
		source.addMessage("supervision.value.POINTS", Locale.ENGLISH, "points");
	}

	@Test
	void codesInTheDetailsAreShownByTheirLabelsAndNamesKeptAsDataInTheReadersLanguage() {
		Alert alert = alert(Map.of("caseNumber", "A-1", "state", "INVESTIGATING", "missing", "INQUIRY_RECORD, POINTS",
				"deadline", "ADMIN_CASE_HANDLING", "deadlineZh", "行政案件办理期限", "deadlineEn", "Administrative case handling period"));

		assertThat(view.reason(alert, Locale.CHINA)).isEqualTo("案件 A-1（侦查/调查中）缺少：询问笔录、记分；期限 行政案件办理期限");
		assertThat(view.reason(alert, Locale.ENGLISH))
			.isEqualTo("Case A-1 (Investigating) lacks inquiry record, points; deadline Administrative case handling period");
	}

	@Test
	void anUnknownCodeIsShownAsItIsAndAMissingValueAsADash() {
		Alert alert = alert(Map.of("caseNumber", "", "state", "SOMETHING_NEW", "missing", "x", "deadline", "D"));

		assertThat(view.reason(alert, Locale.ENGLISH)).isEqualTo("Case — (SOMETHING_NEW) lacks x; deadline D");
	}

	@Test
	void aReasonGivenAsTextEndsTheSentenceWithOneFullStop() {
		source.addMessage("supervision.reason.S", Locale.CHINA, "偏离理由：{reason}。");
		source.addMessage("supervision.reason.S", Locale.ENGLISH, "Reason given: {reason}.");

		assertThat(view.reason(alert("S", Map.of("reason", "情节较恶劣。")), Locale.CHINA)).isEqualTo("偏离理由：情节较恶劣。");
		assertThat(view.reason(alert("S", Map.of("reason", "情节较恶劣")), Locale.CHINA)).isEqualTo("偏离理由：情节较恶劣。");
		assertThat(view.reason(alert("S", Map.of("reason", "Repeated offence.")), Locale.ENGLISH))
			.isEqualTo("Reason given: Repeated offence.");
	}

	private static Alert alert(Map<String, Object> details) {
		return alert("R", details);
	}

	private static Alert alert(String rule, Map<String, Object> details) {
		Instant now = Instant.parse("2026-12-01T00:00:00Z");
		return new Alert(1, rule, "case:1", 1L, 1, "/1/", 1L, null, "supervision.reason." + rule, details, null, now, now,
				now, null, null, null, 0, null, null, null, 0);
	}
}
