package org.gongzheng.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.TestCases;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a scope too large to list its officers (three here), handlers are typed with suggestions: a
 * leader filters the case list by one, an officer registers an intake for a colleague. The
 * suggestions are fetched inside the list's filter form, whose htmx settings they must not take on
 * (they once would have been cut out of the answer as not being the results).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "gongzheng.cases.handler-list-limit=3")
class TypedHandlerBrowserTest {

	private static final String SUGGESTED = "return [...document.querySelectorAll('#handler-options option')].map(o => o.value)";

	private final Fixtures fixtures;

	private final TestCases testCases;

	@LocalServerPort
	private int port;

	TypedHandlerBrowserTest(Fixtures fixtures, TestCases testCases) {
		this.fixtures = fixtures;
		this.testCases = testCases;
	}

	@Test
	void aLeaderTypesPartOfANameChoosesASuggestedOfficerAndSeesTheirCases() {
		Fixtures.Bureau bureau = fixtures.bureau();
		Fixtures.Bureau other = fixtures.bureau();
		LawCase handled = testCases.acceptedWithRecord(bureau, "经办人提示案");
		String handler = bureau.officer().getUsername();
		try (Browser browser = Browser.open(port, 1280, 900)) {
			browser.signIn(bureau.leader().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases").type("#handler", "民警");
			browser.waitUntil("return document.querySelectorAll('#handler-options option').length > 0");
			assertThat(browser.script(SUGGESTED).toString()).contains(handler)
				.doesNotContain(other.officer().getUsername());

			browser.type("#handler", handler).keys(Keys.ENTER);
			browser.waitForUrl("handler=" + handler).waitForPageText(handled.getCaseNumber());
			browser.type("#handler", bureau.colleague().getUsername()).keys(Keys.ENTER);
			browser.waitForUrl("handler=" + bureau.colleague().getUsername());
			browser.waitUntil("return !document.body.innerText.includes('%s')".formatted(handled.getCaseNumber()));
		}
	}

	@Test
	void anOfficerTypesAColleaguesNameIntoTheIntakeFormAndRegistersTheCaseForThem() {
		Fixtures.Bureau bureau = fixtures.bureau();
		String colleague = bureau.colleague().getUsername();
		try (Browser browser = Browser.open(port, 1280, 900)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases/new").type("#title", "代同事登记案").type("#summary", "报警人称自行车被盗。");
			assertThat(browser.value("#handler")).isEqualTo(bureau.officer().getUsername());
			assertThat(browser.text("#handler-chosen")).contains("民警甲");
			browser.type("#handler", "民警乙");
			browser.waitUntil("return document.querySelectorAll('#handler-options option').length > 0");
			assertThat(browser.script(SUGGESTED)).asString().contains(colleague);
			assertThat(browser.accessibilityProblems()).isEmpty();

			browser.type("#handler", colleague);
			browser.waitUntil("return document.getElementById('handler-chosen').textContent.includes('民警乙')");

			browser.click("#intake-submit").waitForUrl("/cases/");
			browser.waitForPageText("代同事登记案", "民警乙");
		}
	}
}
