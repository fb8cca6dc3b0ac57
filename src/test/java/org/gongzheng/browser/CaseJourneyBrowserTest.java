package org.gongzheng.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys in a real browser: an officer registers an intake on a phone, accepts it,
 * adds a record and submits the filing; the station chief and the sub-bureau head each open the
 * material (only then can they sign) and approve, and the case is filed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseJourneyBrowserTest {

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	CaseJourneyBrowserTest(Fixtures fixtures, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void anOfficerRegistersAnIntakeOnAPhoneAndTheFilingIsApprovedByReviewersWhoReadTheMaterial() {
		Fixtures.Bureau bureau = fixtures.bureau();
		String caseUrl;
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD).screenshot("01-my-work");
			browser.go("/cases/new");
			assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			assertThat(browser.script("return document.getElementById('occurredAt').min + ' ' + document.getElementById('occurredAt').max"))
				.isEqualTo("1900-01-01T00:00 9999-12-31T23:59");
			browser.click("#intake-submit");
			assertThat(browser.text("#title-error")).isEqualTo("必填");
			browser.screenshot("02-intake-inline-errors");

			browser.type("#title", "张某殴打他人案")
				.type("#summary", "报警人称在东湖路被张某殴打，面部擦伤。")
				.type("#occurredPlace", "东湖路88号")
				.screenshot("03-intake-filled")
				.click("#intake-submit");
			browser.waitForUrl("/cases/");
			assertThat(browser.text("#case-state")).isEqualTo("待受案");
			assertThat(browser.text("#case-number")).startsWith(bureau.stationOne().getCode());
			browser.screenshot("04-registered");

			browser.click("#action-ACCEPT").click("#transition-submit");
			assertThat(browser.text("#case-state")).isEqualTo("已受案");
			assertThat(browser.text("#deadlines")).contains("行政案件办理期限").contains("剩余");
			browser.screenshot("05-accepted");

			browser.click("#add-material")
				.type("#title", "对报警人的询问笔录")
				.type("#body", "问：请讲一下经过。答：我在东湖路被张某打伤。")
				.click("#material-submit");
			browser.waitForUrl("#materials");
			browser.click("#action-FILE").click("#transition-submit");
			assertThat(browser.text("#notice")).contains("已提交审批");
			assertThat(browser.text("#case-state")).isEqualTo("已受案");
			assertThat(browser.text("#approvals")).contains("立案").contains("审批中");
			browser.screenshot("06-filing-submitted");
			caseUrl = browser.url().replaceAll("#.*$", "");
		}
		signAsReviewer(bureau.stationChief().getUsername(), "08-station-chief");
		signAsReviewer(bureau.reviewer().getUsername(), "09-sub-bureau");
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.driverGo(caseUrl);
			assertThat(browser.text("#case-state")).isEqualTo("已立案");
			assertThat(browser.text("#timeline")).contains("接报登记").contains("受案").contains("立案").contains("审批通过");
			browser.screenshot("10-filed");
		}
	}

	/** A reviewer finds the request in the queue, cannot sign before opening the material, then signs. */
	private void signAsReviewer(String username, String screenshot) {
		try (Browser browser = Browser.open(port, 1366, 900)) {
			browser.signIn(username, Fixtures.PASSWORD);
			browser.go("/approvals").click("#queue-waitingForMe a.list-group-item");
			assertThat(browser.enabled("#sign-button")).isFalse();
			assertThat(browser.text("#sign-blockers")).contains("未阅");
			browser.screenshot(screenshot + "-before-reading");
			String requestUrl = browser.url();
			browser.click("#read-in-turn");
			assertThat(browser.text("#material-body")).contains("东湖路");
			// The only material read, "next" leads back to the request's signing form.
			browser.click("#next-unread");
			assertThat(browser.enabled("#sign-button")).isTrue();
			assertThat(browser.url()).startsWith(requestUrl).endsWith("#sign");
			browser.type("#opinion", "材料齐全，同意。").click("#sign-button").confirm();
			assertThat(browser.text("#notice")).contains("已签批同意");
			browser.screenshot(screenshot + "-signed");
		}
	}

	@Test
	void theSameJourneyReadsInEnglish() {
		Fixtures.Bureau bureau = fixtures.bureau();
		try (Browser browser = Browser.open(port, 1366, 900)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases/new?lang=en");
			assertThat(browser.pageText()).contains("Register an intake").contains("Summary");
			browser.type("#title", "Assault on Donghu Road").type("#summary", "The caller reports being hit.")
				.click("#intake-submit");
			browser.waitForUrl("/cases/");
			assertThat(browser.text("#case-state")).isEqualTo("Registered");
			browser.click("#action-ACCEPT").waitForPageText("Handling officer");
			browser.click("#transition-submit");
			assertThat(browser.text("#case-state")).isEqualTo("Accepted");
			assertThat(browser.text("#deadlines")).contains("Administrative case handling period").contains("left");
			browser.screenshot("07-accepted-english");
			browser.go("/cases?lang=zh_CN");
			assertThat(browser.pageText()).contains("案件编号");
		}
	}

	@Test
	void whatWasTypedWhenTheSignInTimedOutIsFilledBackInAfterSigningInAgain() {
		Fixtures.Bureau bureau = fixtures.bureau();
		try (Browser browser = Browser.open(port, 1280, 900)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases/new").type("#title", "李某盗窃案").type("#summary", "报警人称停在楼下的电动车被盗。");
			browser.forgetSession().click("#intake-submit").waitForUrl("/login?timeout");
			assertThat(browser.text("#login-timeout")).contains("刚才提交的内容没有保存");

			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			assertThat(browser.text("#kept-form")).contains("已为您保留");
			browser.click("#kept-form a").waitForUrl("/cases/new");
			assertThat(browser.text("#kept-form")).contains("重新填入");
			assertThat(browser.value("#title")).isEqualTo("李某盗窃案");
			assertThat(browser.value("#summary")).isEqualTo("报警人称停在楼下的电动车被盗。");
			browser.screenshot("kept-form-filled-back-in");

			// The form's own address contains "/cases/" too, so this waits for the new case's state.
			browser.click("#intake-submit");
			assertThat(browser.text("#case-state")).isEqualTo("待受案");
			assertThat(browser.pageText()).contains("李某盗窃案");
			browser.go("/cases/new");
			assertThat(browser.script("return document.getElementById('kept-form') === null")).isEqualTo(true);
			assertThat(browser.value("#title")).isEmpty();
		}
	}

	@Test
	void whatWasTypedWhenTheSessionsWereEndedElsewhereIsFilledBackInAfterSigningInAgain() {
		Fixtures.Bureau bureau = fixtures.bureau();
		try (Browser browser = Browser.open(port, 1280, 900)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases/new").type("#title", "钱某寻衅滋事案");
			jdbc.update("update accounts set sessions_ended_at = now() where id = ?", bureau.officer().accountId());
			browser.click("#intake-submit").waitForUrl("/login?sessionsEnded");

			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			assertThat(browser.text("#kept-form")).contains("已为您保留");
			browser.click("#kept-form a").waitForUrl("/cases/new");
			assertThat(browser.value("#title")).isEqualTo("钱某寻衅滋事案");
		}
	}

	@Test
	void aFormWhosePageExpiredIsOfferedBackFromTheErrorPageAndFilledIn() {
		Fixtures.Bureau bureau = fixtures.bureau();
		try (Browser browser = Browser.open(port, 1280, 900)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases/new").type("#title", "赵某诈骗案");
			// As if the officer had signed in again in another window: the page's token is stale.
			browser.script("document.querySelector('#intake-form [name=_csrf]').value = 'from-an-earlier-sign-in'");
			browser.click("#intake-submit");
			assertThat(browser.text("#refusal")).contains("这个页面已过期");
			assertThat(browser.text("#kept-form")).contains("已为您保留");

			browser.click("#kept-form a").waitForUrl("/cases/new");
			assertThat(browser.text("#kept-form")).contains("重新填入");
			assertThat(browser.value("#title")).isEqualTo("赵某诈骗案");
		}
	}
}
