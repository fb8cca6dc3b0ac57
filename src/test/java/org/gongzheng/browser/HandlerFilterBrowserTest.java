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
 * In a scope too large to list its officers (three here), a leader types part of a name into the
 * case list's handler filter, sees suggestions from their own bureau only, and filters by the one
 * they choose. The suggestions are fetched inside the list's filter form, whose htmx settings they
 * must not take on (they once would have been cut out of the answer as not being the results).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "gongzheng.cases.handler-list-limit=3")
class HandlerFilterBrowserTest {

	private static final String SUGGESTED = "return [...document.querySelectorAll('#handler-options option')].map(o => o.value)";

	private final Fixtures fixtures;

	private final TestCases testCases;

	@LocalServerPort
	private int port;

	HandlerFilterBrowserTest(Fixtures fixtures, TestCases testCases) {
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
}
