package org.gongzheng.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal department's supervision pages fit a phone's width: filter rows and action forms wrap,
 * and a wide table scrolls inside its own box instead of pushing the page past the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneSupervisionPagesBrowserTest {

	private final Fixtures fixtures;

	@LocalServerPort
	private int port;

	PhoneSupervisionPagesBrowserTest(Fixtures fixtures) {
		this.fixtures = fixtures;
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
					Object width = browser.script("return document.documentElement.scrollWidth");
					if (((Number) width).intValue() > 390) {
						tooWide.add(path + " in " + lang + ": " + width + " px");
					}
				}
			}
			browser.screenshot("phone-supervision-desk");
		}
		assertThat(tooWide).isEmpty();
	}
}
