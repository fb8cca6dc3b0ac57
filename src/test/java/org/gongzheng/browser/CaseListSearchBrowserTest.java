package org.gongzheng.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.TestCases;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.Parties;
import org.gongzheng.casework.internal.PartyCommand;
import org.gongzheng.casework.internal.PartyKind;
import org.gongzheng.casework.internal.PartyRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case list narrows as the keyword is typed, with no key or button pressed after it, and a case
 * found by a party's name says which party it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseListSearchBrowserTest {

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final Parties parties;

	@LocalServerPort
	private int port;

	CaseListSearchBrowserTest(Fixtures fixtures, TestCases testCases, Parties parties) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.parties = parties;
	}

	@Test
	void aLeaderTypesAPartysNameAndTheListNarrowsToTheirCaseNamingThem() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase assault = testCases.acceptedWithRecord(bureau, "王某殴打他人案");
		LawCase theft = testCases.acceptedWithRecord(bureau, "刘某盗窃案");
		parties.add(assault.getId(), new PartyCommand(PartyKind.PERSON, PartyRole.OFFENDER, "王小明", null, null, null,
				null, null, null, null), bureau.officer());
		try (Browser browser = Browser.open(port, 1280, 900)) {
			browser.signIn(bureau.leader().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases").waitForPageText(assault.getCaseNumber(), theft.getCaseNumber());

			browser.type("#q", "王小明");
			browser.waitForUrl("q=").waitUntil("return !document.body.innerText.includes('%s')"
				.formatted(theft.getCaseNumber()));
			assertThat(browser.text("#case-table tbody")).contains(assault.getCaseNumber());
			assertThat(browser.text("#case-table .matching-party")).isEqualTo("王小明");
		}
	}
}
