package org.gongzheng.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.discretion.PenaltyCases;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review and approval as its users meet it, in a real browser: the handling officer proposes a
 * major penalty; the station head cannot sign before opening the material, then signs; the legal
 * department returns it with an opinion (not without one); the officer adds the missing evidence
 * and resubmits; every link signs again, having opened everything submitted in the new round, the
 * two bureau leaders countersign; the case is decided and both accountability records tell it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MajorPenaltyApprovalBrowserTest {

	private static final String RETURN_OPINION = "从重处罚的理由不充分，请补充被侵害人伤情鉴定。";

	private static final String CORRECTION_NOTE = "已补充李四伤情鉴定意见书。";

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	@LocalServerPort
	private int port;

	MajorPenaltyApprovalBrowserTest(Fixtures fixtures, PenaltyCases penaltyCases) {
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
	}

	@Test
	void aMajorPenaltyIsReadSignedReturnedFixedResubmittedAndCountersignedAndBothRecordsTellIt() {
		Fixtures.Bureau bureau = fixtures.bureau();
		PenaltyCases.InvestigatedCase assault = penaltyCases.assault(bureau);
		String casePath = "/cases/" + assault.caseId();
		String requestUrl;
		try (Browser officer = Browser.open(port, 1366, 900)) {
			officer.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			addMaterial(officer, casePath, "对被侵害人李四的询问笔录", "问：请讲一下经过。答：我在东湖路被张某打伤。");
			officer.go(casePath + "/penalty")
				.select("#partyId", String.valueOf(assault.offenderId()))
				.select("#violationCode", "PO01")
				.type("#facts", "张某在东湖路因琐事殴打李四，致其面部擦伤，有询问笔录证实。")
				.type("#fine", "500")
				.type("#detentionDays", "12")
				.type("#deviationReason", "殴打持续时间长，被侵害人受伤较重")
				.click("#penalty-submit")
				.confirm();
			officer.waitForUrl("/penalty-decisions/");
			assertThat(officer.text("#notice")).contains("重大行政处罚");
			officer.click("#approval-link").waitForUrl("/approvals/");
			requestUrl = officer.url();
			assertThat(officer.text("#pinned-materials")).contains("对被侵害人李四的询问笔录");
			officer.screenshot("penalty-01-submitted");
		}

		// The station head opens the materials in tabs of their own and comes back to sign.
		try (Browser station = Browser.open(port, 1366, 900)) {
			station.signIn(bureau.stationChief().getUsername(), Fixtures.PASSWORD);
			station.go("/approvals").click("#queue-waitingForMe a.list-group-item");
			@SuppressWarnings("unchecked")
			List<String> materials = (List<String>) station.script(
					"return Array.from(document.querySelectorAll('#pinned-materials a[id^=pinned-]')).map(a => a.href)");
			assertThat(station.enabled("#sign-button")).isFalse();
			for (String material : materials) {
				station.script("window.open('" + material + "', '_blank')");
			}
			// Coming back to the request's tab, without reloading it, finds every material read.
			station.waitUntil("document.dispatchEvent(new Event('visibilitychange'));"
					+ " const b = document.querySelector('#sign-button'); return b != null && !b.disabled;");
			assertThat(station.text("#pinned-materials")).doesNotContain("未阅");
			station.click("#decision-APPROVE").type("#opinion", "事实清楚，同意报法制审核。").click("#sign-button").confirm();
			assertThat(station.text("#notice")).contains("已签批");
			station.screenshot("penalty-02-station");
		}

		try (Browser legal = Browser.open(port, 1366, 900)) {
			legal.signIn(bureau.secondLegal().getUsername(), Fixtures.PASSWORD);
			openFromQueueAndReadEverything(legal);
			legal.click("#decision-RETURN").click("#sign-button").confirm();
			assertThat(legal.text("#opinion-error")).contains("意见");
			// The form shown again stays at the address it was posted to; its language switch leads
			// back to the request page, in English, with what was chosen and typed, and back again.
			legal.type("#opinion", "证据");
			legal.click("a[lang=en]").waitForUrl("?lang=en");
			assertThat(legal.url()).isEqualTo(requestUrl + "?lang=en");
			assertThat(legal.text("#sign-button")).isEqualTo("Sign");
			assertThat(legal.checked("#decision-RETURN")).isTrue();
			assertThat(legal.value("#opinion")).isEqualTo("证据");
			legal.click("a[lang=zh-CN]").waitForUrl("?lang=zh_CN");
			assertThat(legal.value("#opinion")).isEqualTo("证据");
			legal.click("#decision-RETURN").type("#opinion", RETURN_OPINION).click("#sign-button").confirm();
			assertThat(legal.text("#notice")).contains("退回");
			legal.screenshot("penalty-03-returned");
		}

		try (Browser officer = Browser.open(port, 1366, 900)) {
			officer.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			assertThat(officer.text("#work-returned")).contains(RETURN_OPINION);
			addMaterial(officer, casePath, "李四伤情鉴定意见书", "鉴定意见：李四面部软组织挫伤，构成轻微伤。");
			officer.go("/work").click("#work-returned a.list-group-item");
			assertThat(officer.text("#pinned-materials")).doesNotContain("李四伤情鉴定意见书");
			// The penalty's wording stays as proposed; the officer says what they corrected.
			assertThat(officer.text("#summary-fixed")).contains("撤回");
			officer.type("#note", CORRECTION_NOTE).click("#resubmit-button");
			// Round 2's entry exists only on the page the resubmission leads to, so this waits for it.
			assertThat(officer.text("#round-2")).contains(CORRECTION_NOTE);
			officer.waitForPageText("第 2 轮");
			assertThat(officer.text("#pinned-materials")).contains("李四伤情鉴定意见书", "本轮新增");
			officer.screenshot("penalty-04-resubmitted");
		}

		try (Browser stationChief = Browser.open(port, 1366, 900)) {
			// What was corrected is in the queue before the request is opened.
			stationChief.signIn(bureau.stationChief().getUsername(), Fixtures.PASSWORD);
			assertThat(stationChief.go("/approvals").text("#queue-waitingForMe")).contains("第 2 轮", CORRECTION_NOTE);
		}
		readAndSign(bureau.stationChief(), "APPROVE", "已补充伤情鉴定，同意。", "penalty-05-station-again");
		readAndSign(bureau.secondLegal(), "APPROVE", "法制审核通过。", "penalty-06-legal");
		readAndSign(bureau.leader(), "APPROVE", "同意。", "penalty-07-leader");
		readAndSign(bureau.secondLeader(), "APPROVE", "同意。", "penalty-08-second-leader");

		try (Browser officer = Browser.open(port, 1366, 900)) {
			officer.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			officer.driverGo(requestUrl);
			assertThat(officer.pageText()).contains("已批准");
			officer.go(casePath);
			assertThat(officer.text("#case-state")).isEqualTo("已决定");
			officer.go("/approvals/records/cases/" + assault.caseId());
			String record = officer.pageText();
			assertThat(record).contains(RETURN_OPINION, CORRECTION_NOTE, "已补充伤情鉴定，同意。", "法制审核通过。", "李四伤情鉴定意见书",
					bureau.leader().name(), bureau.secondLeader().name());
			officer.screenshot("penalty-09-case-record");
		}
		try (Browser stationChief = Browser.open(port, 1366, 900)) {
			stationChief.signIn(bureau.stationChief().getUsername(), Fixtures.PASSWORD);
			stationChief.go("/approvals/records/me");
			String lifelong = stationChief.text("#officer-record");
			assertThat(lifelong).contains("张某殴打他人案", "事实清楚，同意报法制审核。", "已补充伤情鉴定，同意。", "已决定");
			stationChief.screenshot("penalty-10-lifelong-record");
		}
	}

	private static void addMaterial(Browser officer, String casePath, String title, String body) {
		officer.go(casePath).click("#add-material").type("#title", title).type("#body", body).click("#material-submit");
		officer.waitForUrl("#materials");
	}

	/**
	 * The signer finds the request in the queue; the sign button stays off until every material
	 * of the round is opened (each opened one alone leaves it off while another is unread); then
	 * signs.
	 */
	private void readAndSign(SignedInOfficer signer, String decision, String opinion, String screenshot) {
		try (Browser browser = Browser.open(port, 1366, 900)) {
			browser.signIn(signer.getUsername(), Fixtures.PASSWORD);
			openFromQueueAndReadEverything(browser);
			browser.click("#decision-" + decision).type("#opinion", opinion).click("#sign-button").confirm();
			assertThat(browser.text("#notice")).contains("已签批");
			browser.screenshot(screenshot);
		}
	}

	private static void openFromQueueAndReadEverything(Browser browser) {
		browser.go("/approvals").click("#queue-waitingForMe a.list-group-item");
		String requestUrl = browser.url();
		@SuppressWarnings("unchecked")
		List<String> materials = (List<String>) browser.script(
				"return Array.from(document.querySelectorAll('#pinned-materials a[id^=pinned-]')).map(a => a.href)");
		assertThat(materials).isNotEmpty();
		for (String material : materials) {
			assertThat(browser.enabled("#sign-button")).as("signing before every material is opened").isFalse();
			assertThat(browser.text("#sign-blockers")).contains("未阅");
			browser.driverGo(material);
			browser.click("#back-to-request").find("#pinned-materials");
			assertThat(browser.url()).startsWith(requestUrl);
		}
		assertThat(browser.enabled("#sign-button")).isTrue();
	}
}
