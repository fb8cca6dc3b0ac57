package org.gongzheng.browser;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the approval journey meet WCAG 2.1 AA as axe-core checks it (contrast, labels,
 * names, keyboard access), in Chinese and in English, for the officer who submits, the reviewer
 * who signs and the legal department that edits chains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest {

	private final Fixtures fixtures;

	private final TestCases testCases;

	private static final int DESKTOP = 1400;

	private static final int PHONE = 390;

	@LocalServerPort
	private int port;

	AccessibilityBrowserTest(Fixtures fixtures, TestCases testCases) {
		this.fixtures = fixtures;
		this.testCases = testCases;
	}

	@Test
	void theApprovalJourneysPagesMeetWcagAaInBothLanguages() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "无障碍检查案");
		long request = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		long caseId = lawCase.getId();
		Map<String, List<String>> problems = new TreeMap<>();

		check(bureau.officer(), DESKTOP, problems, "/work", "/cases", "/cases/" + caseId, "/approvals/" + request,
				"/account/password", "/account/tokens", "/account/sessions", "/account/history");
		check(bureau.stationChief(), DESKTOP, problems, "/approvals", "/approvals/" + request,
				"/approvals/records/cases/" + caseId, "/approvals/records/me", "/approvals/requests",
				"/approvals/requests?from=2026-05-02&to=2026-05-01", "/approvals/" + request + "/next-unread");
		check(bureau.legal(), DESKTOP, problems, "/approvals/chains", "/approvals/chains/FILING", "/audit");
		// On a phone the wide tables scroll sideways, and must then be reachable by keyboard.
		check(bureau.stationChief(), PHONE, problems, "/approvals/" + request, "/approvals/records/me");

		assertThat(problems).as("WCAG 2.1 AA problems by page").isEmpty();
	}

	@Test
	void aReviewerOpensTheMaterialAndSignsWithTheKeyboardAlone() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "键盘签批案");
		long request = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		try (Browser browser = Browser.open(port, DESKTOP, 900)) {
			browser.signIn(bureau.stationChief().getUsername(), Fixtures.PASSWORD);
			browser.go("/approvals/" + request);
			assertThat(browser.enabled("#sign-button")).isFalse();
			browser.tabTo("#pinned-materials a[id^=pinned-]", 60).keys(Keys.ENTER);
			browser.waitForUrl("/materials/");
			browser.go("/approvals/" + request);
			assertThat(browser.enabled("#sign-button")).isTrue();
			browser.tabTo("#opinion", 60).keys("已阅，同意立案。");
			browser.tabTo("#sign-button", 10).keys(Keys.ENTER).confirm();
			assertThat(browser.text("#notice")).contains("已签批同意");
			browser.screenshot("keyboard-signed");
		}
	}

	@Test
	void aFieldWithAProblemIsMarkedInvalidAndDescribedByItsMessage() {
		Fixtures.Bureau bureau = fixtures.bureau();
		try (Browser browser = Browser.open(port, DESKTOP, 1000)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases/new").click("#intake-submit");
			browser.find("#title-error");
			assertThat(browser.script("return document.getElementById('title').getAttribute('aria-invalid')"))
				.isEqualTo("true");
			assertThat(browser.script(
					"return document.getElementById(document.getElementById('title').getAttribute('aria-describedby')).textContent"))
				.asString().isNotBlank();
			assertThat(browser.accessibilityProblems()).isEmpty();
		}
	}

	@Test
	void theRequestQueueAndCasePagesTitleEachSectionWithAHeadingAndSkipNoLevel() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "标题层级案");
		long request = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		try (Browser browser = Browser.open(port, DESKTOP, 1000)) {
			browser.signIn(bureau.stationChief().getUsername(), Fixtures.PASSWORD);
			assertThat(headings(browser.go("/approvals/" + request))).first().asString().startsWith("h1 ");
			assertThat(headings(browser)).contains("h2 审批环节", "h2 报审材料", "h2 签批", "h2 全部签批记录");
			assertThat(headings(browser.go("/approvals/" + request + "?lang=en"))).contains("h2 Links",
					"h2 Materials submitted", "h2 Sign", "h2 All signatures");
			assertThat(headings(browser.go("/approvals?lang=zh_CN"))).contains("h2 等我签批", "h2 我提交的");
			assertThat(headings(browser.go("/approvals/records/cases/" + lawCase.getId()))).contains("h2 立案");
			assertThat(headings(browser.go("/cases/" + lawCase.getId()))).contains("h2 基本情况", "h2 当事人",
					"h2 案件材料", "h2 审核审批", "h2 办案时间轴");
		}
	}

	@Test
	void theLastPagesNextIsNoLinkForTheKeyboardAndThePagerSaysWhichPageOfHowMany() {
		Fixtures.Bureau bureau = fixtures.bureau();
		for (int i = 0; i <= 20; i++) {
			testCases.accepted(bureau.officer(), "翻页检查案" + i);
		}
		try (Browser browser = Browser.open(port, DESKTOP, 1000)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases?page=1");
			assertThat(browser.script("return document.querySelector('.pagination').closest('nav').getAttribute('aria-label')"))
				.isEqualTo("分页");
			assertThat(browser.texts("""
					return Array.from(document.querySelectorAll('.pagination a[href], .pagination [tabindex]:not([tabindex="-1"])'))
					  .map(function (e) { return e.textContent.trim(); })"""))
				.as("what the keyboard stops at in the pager").containsExactly("上一页");
			assertThat(browser.script("""
					var next = document.querySelector('.pagination .page-item.disabled .page-link');
					return next.tagName + ' ' + next.getAttribute('aria-disabled') + ' ' + next.textContent.trim()"""))
				.isEqualTo("SPAN true 下一页");
			assertThat(browser.text(".pagination [aria-current=page]")).isEqualTo("第 2 / 2 页");
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.go("/cases?lang=en");
			assertThat(browser.texts("""
					return Array.from(document.querySelectorAll('.pagination a[href]'))
					  .map(function (e) { return e.textContent.trim(); })""")).containsExactly("Next");
			assertThat(browser.text(".pagination [aria-current=page]")).isEqualTo("Page 1 of 2");
			assertThat(browser.accessibilityProblems()).isEmpty();
			browser.go("/cases?lang=zh_CN");
		}
	}

	/** The page's headings in order, each as its level and text ("h2 签批"). */
	private static List<String> headings(Browser browser) {
		List<String> headings = browser.texts("""
				return Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
				  .map(function (h) { return h.tagName.toLowerCase() + ' ' + h.textContent.trim().replace(/\\s+/g, ' '); })""");
		int level = 0;
		for (String heading : headings) {
			int next = heading.charAt(1) - '0';
			assertThat(next).as("%s after a level-%d heading in %s", heading, level, headings).isLessThanOrEqualTo(level + 1);
			level = next;
		}
		return headings;
	}

	private void check(SignedInOfficer officer, int width, Map<String, List<String>> problems, String... paths) {
		try (Browser browser = Browser.open(port, width, 1000)) {
			browser.go("/login");
			record(problems, "/login at " + width, browser.accessibilityProblems());
			browser.signIn(officer.getUsername(), Fixtures.PASSWORD);
			for (String path : paths) {
				record(problems, path + " at " + width, browser.go(path).accessibilityProblems());
				String english = path + (path.contains("?") ? "&" : "?") + "lang=en";
				record(problems, english + " at " + width, browser.go(english).accessibilityProblems());
				browser.go(path + (path.contains("?") ? "&" : "?") + "lang=zh_CN");
			}
		}
	}

	private static void record(Map<String, List<String>> problems, String page, List<String> found) {
		if (!found.isEmpty()) {
			problems.put(page, found);
		}
	}
}
