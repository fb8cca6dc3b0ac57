package org.gongzheng.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal department's supervision pages fit a phone's width: filter rows and action forms wrap,
 * and a wide table scrolls inside its own box instead of pushing the page past the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneSupervisionPagesBrowserTest {

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	PhoneSupervisionPagesBrowserTest(Fixtures fixtures, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void onAPhoneTheSupervisionPagesAreNoWiderThanTheScreenInEitherLanguage() {
		Fixtures.Bureau bureau = fixtures.bureau();
		List<String> tooWide = new ArrayList<>();
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			for (String path : List.of("/supervision", "/supervision/evaluations", "/supervision/rankings",
					"/supervision/faults", "/supervision/evaluation-parameters")) {
				for (String lang : List.of("en", "zh_CN")) {
					browser.go(path + "?lang=" + lang);
					int width = browser.pageWidth();
					if (width > 390) {
						tooWide.add(path + " in " + lang + ": " + width + " px");
					}
				}
			}
			browser.screenshot("phone-supervision-desk");
		}
		assertThat(tooWide).isEmpty();
	}

	/**
	 * An officer's record once pushed the page 22 px past a phone's screen in English: a case number,
	 * "Co-handler" and "Excellent" side by side did not fit, and the table had no box of its own.
	 */
	@Test
	void onAPhoneAnOfficersSupervisionRecordIsNoWiderThanTheScreenInEitherLanguage() {
		Fixtures.Bureau bureau = fixtures.bureau();
		long officer = bureau.officer().officerId();
		evaluation(bureau, 1, officer, null, "张某电动车盗窃案", 100, "EXCELLENT");
		evaluation(bureau, 2, bureau.colleague().officerId(), officer, "朱某盗窃案", 73, "FAIL");
		List<String> tooWide = new ArrayList<>();
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			for (String lang : List.of("en", "zh_CN")) {
				browser.go("/supervision/records/officers/" + officer + "?lang=" + lang);
				assertThat(browser.script("return document.querySelectorAll('#record-evaluations tbody tr').length"))
					.isEqualTo(2L);
				int width = browser.pageWidth();
				if (width > 390) {
					tooWide.add("record in " + lang + ": " + width + " px");
				}
			}
		}
		assertThat(tooWide).isEmpty();
	}

	private void evaluation(Fixtures.Bureau bureau, int sequence, long handler, Long coHandler, String title, int score,
			String grade) {
		jdbc.update("""
				insert into case_evaluations (case_id, month, bureau_path, unit_id, unit_path, case_number, case_title, handler_id,
				    co_handler_id, reason, status, total_score, grade, drawn_at)
				values (?, date_trunc('month', now())::date, ?, ?, ?, ?, ?, ?, ?, 'SAMPLE', 'SCORED', ?, ?, now())""",
				-bureau.stationOne().getId() * 10 - sequence, bureau.bureau().getPath(), bureau.stationOne().getId(),
				bureau.stationOne().getPath(), "990102510000-2026-0000" + sequence, title, handler, coHandler, score, grade);
	}
}
