package org.gongzheng.browser;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.discretion.PenaltyCases;
import org.gongzheng.supervision.fault.Fault;
import org.gongzheng.supervision.fault.Faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * On a small laptop or a tablet held sideways (1,024 px) the tables fit the screen and their words
 * read whole. Some once hid their last columns behind a sideways scroll: the records and the audit
 * log kept the column widths meant for a phone, and the working calendar shared its row with the
 * form for adding a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LaptopWidthBrowserTest {

	private static final String SCROLLING_TABLES = """
			return [...document.querySelectorAll('main .table-responsive')]
			  .filter(box => box.scrollWidth > box.clientWidth + 1)
			  .map(box => location.pathname + ': ' + (box.scrollWidth - box.clientWidth) + ' px hidden');
			""";

	/** Each word of two or three Chinese characters, and each button, that takes more than one line. */
	private static final String SPLIT_WORDS = Browser.LINES_OF + """
			const split = [];
			const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			  const text = node.textContent.trim();
			  if (!text) continue;
			  const button = node.parentElement.closest('.btn');
			  if (!button && !/^[\\u4e00-\\u9fff]{2,3}$/.test(text)) continue;
			  if (linesOf(node) > 1) split.push(location.pathname + ': ' + text);
			}
			return split;
			""";

	/** Each heading or cell of two to eight Chinese characters that takes more than one line. */
	private static final String SPLIT_HEADINGS_AND_CELLS = Browser.splitWords("th, td", "^[\\u4e00-\\u9fff]{2,8}$");

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals approvals;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	private final PenaltyCases penaltyCases;

	private final Faults faults;

	LaptopWidthBrowserTest(Fixtures fixtures, TestCases testCases, TestApprovals approvals, JdbcTemplate jdbc,
			PenaltyCases penaltyCases, Faults faults) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.approvals = approvals;
		this.jdbc = jdbc;
		this.penaltyCases = penaltyCases;
		this.faults = faults;
	}

	@Test
	void atALaptopsWidthTheAccountabilityRecordsAndTheAuditLogFitWithoutScrollingSideways() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "笔记本查看签批记录案");
		long request = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		approvals.approveAll(request);
		long firstSigner = approvals.firstSignerOf(request);

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

	/**
	 * Chinese breaks between any two characters, so a squeezed column once stood a two- or
	 * three-character word one character to a line ("待/交/办", "记/分") and a button read "查/询".
	 */
	@Test
	void atALaptopsWidthShortChineseWordsAndButtonsAreNotSplitAcrossLines() {
		Fixtures.Bureau bureau = fixtures.bureau();
		Instant now = Instant.now();
		jdbc.update("""
				insert into supervision_alerts (rule_code, subject_key, unit_id, unit_path, officer_id, severity, reason,
				    status, raised_at, due_at, last_seen_at)
				values ('PENALTY_OUT_OF_RANGE', ?, ?, ?, ?, 'MEDIUM', ?, 'RAISED', ?, ?, ?)""",
				"browser:" + UUID.randomUUID(), bureau.stationOne().getId(), bureau.stationOne().getPath(),
				bureau.officer().officerId(), "处罚决定超出裁量基准幅度，偏离理由：被侵害人面部多处软组织挫伤，违法行为人事后虽赔偿医疗费，"
						+ "但殴打持续时间较长、情节较恶劣，拟在一般档之上从重拘留八日。", Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(1))),
				Timestamp.from(now));
		List<String> split = new ArrayList<>();
		try (Browser browser = Browser.open(port, 1024, 768)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			for (String path : List.of("/discretion", "/traffic/points", "/approvals/requests", "/supervision")) {
				browser.go(path + "?lang=zh_CN");
				assertThat(browser.script("return document.querySelectorAll('main table td, main .btn').length"))
					.as(path).isNotEqualTo(0L);
				split.addAll(browser.texts(SPLIT_WORDS));
			}
			browser.screenshot("laptop-supervision-desk");
		}
		assertThat(split).isEmpty();
	}

	/** A decided fault once read "是否担/责", "责任类/型" and "直接责/任" beside its long notes. */
	@Test
	void atALaptopsWidthTableHeadingsAndShortFindingsKeepTheirChineseWordsWhole() {
		Fixtures.Bureau bureau = fixtures.bureau();
		long caseId = penaltyCases.assault(bureau).caseId();
		Fault fault = faults.record(new Faults.RecordCommand(caseId, "PROCEDURE", "作出处罚决定前未告知当事人陈述、申辩权利。",
				LocalDate.now()), bureau.legal());
		List<Faults.PersonDecision> decisions = new ArrayList<>();
		for (Fault.Responsibility person : fault.people()) {
			boolean first = decisions.isEmpty();
			boolean second = decisions.size() == 1;
			// Notes as long as the legal department writes them take the width the short columns give up.
			decisions.add(new Faults.PersonDecision(person.id(), first || second, first ? "DIRECT" : second ? "SECONDARY" : null,
					first ? "CRITICISM" : second ? "NOTICE" : null,
					first || second ? "询问笔录和处罚告知笔录中均无当事人陈述、申辩的记录，审核时未予发现，也未要求补正"
							: "该环节审批立案，不涉及处罚前告知程序，已尽审核义务"));
		}
		faults.decide(fault.id(), fault.version(), decisions, bureau.legal());
		List<String> split;
		try (Browser browser = Browser.open(port, 1024, 768)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			browser.go("/supervision/faults/" + fault.id() + "?lang=zh_CN");
			assertThat(browser.script("return document.querySelectorAll('#responsibilities tbody tr').length"))
				.isEqualTo((long) fault.people().size());
			split = new ArrayList<>(browser.texts(SPLIT_HEADINGS_AND_CELLS));
			browser.screenshot("laptop-fault");
			// The chains list once read "法制审/核" inside a chain's sequence of links, the case's
			// accountability record "首次阅毕时/间" and the penalty list "被处罚/人" in their headings.
			for (String path : List.of("/approvals/chains", "/approvals/records/cases/" + caseId, "/penalty-decisions")) {
				browser.go(path + "?lang=zh_CN");
				split.addAll(browser.texts(SPLIT_HEADINGS_AND_CELLS));
			}
		}
		assertThat(split).isEmpty();
	}
}
