package org.gongzheng.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone the administration tables scroll sideways, and each column is squeezed to what it
 * must hold; Chinese breaks between any two characters, so a unit's or a holiday's name once stood
 * one character to a line ("东/湖/派/出/所", "清/明/节").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneAdministrationPagesBrowserTest {

	private final Fixtures fixtures;

	@LocalServerPort
	private int port;

	PhoneAdministrationPagesBrowserTest(Fixtures fixtures) {
		this.fixtures = fixtures;
	}

	@Test
	void onAPhoneUnitOfficerAndHolidayNamesAreNotSplitAcrossLines() {
		Fixtures.Bureau bureau = fixtures.bureau();
		List<String> split = new ArrayList<>();
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.admin().getUsername(), Fixtures.PASSWORD);
			for (String path : List.of("/admin/units", "/admin/officers", "/admin/calendar?year=2026")) {
				browser.go(path + (path.contains("?") ? "&" : "?") + "lang=zh_CN");
				assertThat(browser.script("return document.querySelectorAll('main table td').length")).as(path)
					.isNotEqualTo(0L);
				split.addAll(browser.texts(Browser.SPLIT_CELL_WORDS));
				assertThat(browser.pageWidth())
					.as(path + " stays within the screen; its table scrolls instead").isLessThanOrEqualTo(390);
			}
			browser.go("/admin/units?lang=zh_CN");
			browser.screenshot("phone-units");
		}
		assertThat(split).isEmpty();
	}
}
