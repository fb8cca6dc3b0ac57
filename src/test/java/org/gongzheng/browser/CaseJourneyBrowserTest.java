package org.gongzheng.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** The main journey in a real browser: sign in, register an intake on a phone, accept and file it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseJourneyBrowserTest {

	private final Fixtures fixtures;

	@LocalServerPort
	private int port;

	CaseJourneyBrowserTest(Fixtures fixtures) {
		this.fixtures = fixtures;
	}

	@Test
	void anOfficerRegistersAnIntakeOnAPhoneThenAcceptsAndFilesIt() {
		Fixtures.Bureau bureau = fixtures.bureau();
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD).screenshot("01-my-work");
			browser.go("/cases/new");
			assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
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

			browser.click("#action-FILE").click("#transition-submit");
			assertThat(browser.text("#case-state")).isEqualTo("已立案");
			assertThat(browser.text("#timeline")).contains("接报登记").contains("受案").contains("立案");
			browser.screenshot("06-filed");
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
			browser.click("#action-ACCEPT");
			assertThat(browser.pageText()).contains("Handling officer");
			browser.click("#transition-submit");
			assertThat(browser.text("#case-state")).isEqualTo("Accepted");
			assertThat(browser.text("#deadlines")).contains("Administrative case handling period").contains("left");
			browser.screenshot("07-accepted-english");
			browser.go("/cases?lang=zh_CN");
			assertThat(browser.pageText()).contains("案件编号");
		}
	}
}
