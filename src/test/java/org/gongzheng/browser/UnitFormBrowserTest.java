package org.gongzheng.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit form offers the legal-affairs box only while the unit is a department, the one kind the
 * server accepts it for, and a box hidden is a box unticked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitFormBrowserTest {

	private static final String HIDDEN = "return document.getElementById('legal-affairs-part').hidden";

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	UnitFormBrowserTest(Fixtures fixtures, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void theLegalAffairsBoxShowsForADepartmentUnderTheBureauAndIsUntickedWhenAnotherKindIsChosen() {
		Fixtures.Bureau bureau = fixtures.bureau();
		long legalUnit = jdbc.queryForObject("select unit_id from officers where id = ?", Long.class,
				bureau.legal().officerId());
		try (Browser browser = Browser.open(port, 1280, 900)) {
			browser.signIn(bureau.admin().getUsername(), Fixtures.PASSWORD);
			browser.go("/admin/units/new?parentId=" + bureau.bureau().getId() + "&lang=zh_CN");
			browser.select("select[name=kind]", "DEPARTMENT");
			assertThat(browser.script(HIDDEN)).isEqualTo(false);
			browser.click("input[name=legalAffairs]");
			assertThat(browser.checked("input[name=legalAffairs]")).isTrue();
			browser.select("select[name=kind]", "SUB_BUREAU");
			assertThat(browser.script(HIDDEN)).isEqualTo(true);
			assertThat(browser.script("return document.querySelector('input[name=legalAffairs]').checked")).isEqualTo(false);

			browser.go("/admin/units/" + legalUnit + "?lang=zh_CN");
			assertThat(browser.script(HIDDEN)).isEqualTo(false);
			assertThat(browser.checked("input[name=legalAffairs]")).isTrue();
			// A sub-bureau's page has no such box at all.
			browser.go("/admin/units/" + bureau.subBureau().getId() + "?lang=zh_CN");
			assertThat(browser.script("return document.getElementById('legal-affairs-part') === null")).isEqualTo(true);
		}
	}
}
