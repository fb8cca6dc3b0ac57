package org.gongzheng.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * On a phone the accountability records' tables scroll sideways; what each row says must still read
 * as a line or two, not one word to a line: a time on one line, a link's name in at most three, each
 * heading on one, a decision and a signer's name whole. The pages a signer reads materials on fit the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneApprovalPagesBrowserTest {

	/** The cells that wrap more than they may, as "page: text": a time on two lines, a link with its round on five. */
	private static final String CRAMPED_CELLS = """
			const time = /^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$/;
			return [...document.querySelectorAll('main table td')].filter(td => {
			  const text = td.innerText.trim();
			  const range = document.createRange();
			  range.selectNodeContents(td);
			  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom))).size;
			  return (time.test(text) && lines > 1) || (/round|第/i.test(text) && text.length < 60 && lines > 4);
			}).map(td => location.pathname + ': ' + td.innerText.trim());
			""";

	/** Headings of a sideways-scrolling table that take more than one line. */
	private static final String SPLIT_HEADINGS = Browser.LINES_OF + """
			return [...document.querySelectorAll('main .table-responsive th')].filter(th => linesOf(th) > 1)
			  .map(th => location.pathname + ': ' + th.innerText.trim());
			""";

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals approvals;

	@LocalServerPort
	private int port;

	PhoneApprovalPagesBrowserTest(Fixtures fixtures, TestCases testCases, TestApprovals approvals) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.approvals = approvals;
	}

	@Test
	void onAPhoneTheRecordsKeepEachTimeOnOneLineAndEachLinkWithinAFewLines() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "手机查看签批记录案");
		long request = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		approvals.approveAll(request);
		long firstSigner = approvals.firstSignerOf(request);

		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			for (String path : List.of("/approvals/records/officers/" + firstSigner,
					"/approvals/records/cases/" + lawCase.getId(),
					"/approvals/" + request, "/approvals/requests")) {
				for (String lang : List.of("en", "zh_CN")) {
					browser.go(path + "?lang=" + lang);
					assertThat(browser.script("return document.querySelectorAll('main table td').length"))
						.as("rows on " + path).isNotEqualTo(0L);
					assertThat(browser.script(CRAMPED_CELLS)).as(path + " in " + lang).asInstanceOf(LIST).isEmpty();
					assertThat(browser.script(SPLIT_HEADINGS)).as("headings on " + path + " in " + lang).asInstanceOf(LIST).isEmpty();
					assertThat(browser.script(Browser.SPLIT_CELL_WORDS)).as("words on " + path + " in " + lang).asInstanceOf(LIST).isEmpty();
				}
			}
			browser.screenshot("phone-lifelong-record");
		}
	}

	@Test
	void onAPhoneARequestsHistoryShowsAReturnAndItsSignerEachOnOneLine() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "手机查看退回记录案");
		long request = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		approvals.returnForCorrection(request, "请补充对违法嫌疑人的询问笔录后重新提交。");

		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			browser.go("/approvals/" + request + "?lang=zh_CN");
			assertThat(browser.script("return document.querySelector('#history td').innerText")).isEqualTo("1");
			assertThat(browser.script(Browser.SPLIT_CELL_WORDS)).asInstanceOf(LIST).isEmpty();
			browser.screenshot("phone-request-returned");
		}
	}

	@Test
	void onAPhoneASignerReadsEachMaterialInTurnOnAPageNoWiderThanTheScreen() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "手机阅卷案");
		long request = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);

		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.stationChief().getUsername(), Fixtures.PASSWORD);
			browser.go("/approvals/" + request + "?lang=en").click("#read-in-turn");
			browser.find("#material-title");
			// The material's SHA-256, one unbroken word, once pushed the page past the screen's edge.
			assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			browser.screenshot("phone-material-in-turn");
			browser.click("#next-unread");
			assertThat(browser.enabled("#sign-button")).isTrue();
		}
	}
}
