package org.gongzheng.browser;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.ReportSource;
import org.gongzheng.discretion.PenaltyCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone a case's title takes the whole width, so its state and time left drop to a line of
 * their own; they once stood wherever their own width put them, each badge at a different place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneWorkPageBrowserTest {

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	private final CaseWork work;

	@LocalServerPort
	private int port;

	PhoneWorkPageBrowserTest(Fixtures fixtures, PenaltyCases penaltyCases, CaseWork work) {
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
		this.work = work;
	}

	@Test
	void onAPhoneEveryCaseStateOnMyWorkStandsAtTheRightEdgeOfItsCard() {
		Fixtures.Bureau bureau = fixtures.bureau();
		penaltyCases.assault(bureau);
		work.register(new IntakeCommand(CaseType.ADMINISTRATIVE, "王某盗窃案", "报警人称电动车被盗。", ReportSource.WALK_IN,
				"赵六", null, Instant.now().minusSeconds(3600), "东湖路12号", null, null), bureau.officer());
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			for (String lang : List.of("zh_CN", "en")) {
				browser.go("/?lang=" + lang);
				Object gaps = browser.script("""
						return Array.from(document.querySelectorAll('#work-mine .badge-state, #work-waitingForAcceptance .badge-state'))
						  .map(badge => Math.round(badge.closest('.list-group-item').getBoundingClientRect().right
						                           - badge.getBoundingClientRect().right))""");
				assertThat((List<?>) gaps).as("distance of each state from its card's right edge, " + lang)
					.hasSizeGreaterThanOrEqualTo(2)
					.allSatisfy(gap -> assertThat(gap).isEqualTo(((List<?>) gaps).get(0)));
			}
			browser.screenshot("phone-my-work");
		}
	}
}
