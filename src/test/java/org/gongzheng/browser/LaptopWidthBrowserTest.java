package org.gongzheng.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * On a small laptop or a tablet held sideways (1,024 px) these tables fit the screen. They once hid
 * their last columns behind a sideways scroll: the records and the audit log kept the column widths
 * meant for a phone, and the working calendar shared its row with the form for adding a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LaptopWidthBrowserTest {

	private static final String SCROLLING_TABLES = """
			return [...document.querySelectorAll('main .table-responsive')]
			  .filter(box => box.scrollWidth > box.clientWidth + 1)
			  .map(box => location.pathname + ': ' + (box.scrollWidth - box.clientWidth) + ' px hidden');
			""";

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals approvals;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	LaptopWidthBrowserTest(Fixtures fixtures, TestCases testCases, TestApprovals approvals, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.approvals = approvals;
		this.jdbc = jdbc;
	}

	@Test
	void atALaptopsWidthTheAccountabilityRecordsAndTheAuditLogFitWithoutScrollingSideways() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "笔记本查看签批记录案");
		long request = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		approvals.approveAll(request);
		long firstSigner = jdbc.queryForObject(
				"select signer_id from approval_signatures where request_id = ? order by signed_at, id limit 1", Long.class,
				request);

		try (Browser browser = Browser.open(port, 1024, 768)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			for (String path : List.of("/approvals/records/officers/" + firstSigner, "/approvals/records/cases/" + lawCase.getId(),
					"/audit")) {
				for (String lang : List.of("en", "zh_CN")) {
					browser.go(path + "?lang=" + lang);
					assertThat(browser.script("return document.querySelectorAll('main table td').length"))
						.as("rows on " + path).isNotEqualTo(0L);
					assertThat(browser.script(SCROLLING_TABLES)).as(path + " in " + lang).asInstanceOf(LIST).isEmpty();
				}
			}
			browser.screenshot("laptop-case-record");
			browser.go("/approvals/records/officers/" + firstSigner + "?lang=zh_CN");
			browser.screenshot("laptop-officer-record");
		}
	}

	@Test
	void atALaptopsWidthTheWorkingCalendarShowsEveryDayWholeWithItsRemoveButton() {
		Fixtures.Bureau bureau = fixtures.bureau();
		try (Browser browser = Browser.open(port, 1024, 768)) {
			browser.signIn(bureau.admin().getUsername(), Fixtures.PASSWORD);
			for (String lang : List.of("en", "zh_CN")) {
				browser.go("/admin/calendar?year=2026&lang=" + lang);
				assertThat(browser.script("return document.querySelectorAll('#calendar-table td').length"))
					.as("seeded days").isNotEqualTo(0L);
				assertThat(browser.script(SCROLLING_TABLES)).as("calendar in " + lang).asInstanceOf(LIST).isEmpty();
			}
		}
	}
}
