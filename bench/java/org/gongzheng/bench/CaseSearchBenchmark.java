package org.gongzheng.bench;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.TestCases;
import org.gongzheng.casework.internal.CaseFilter;
import org.gongzheng.casework.internal.CaseQueries;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case list's keyword search over a bureau of {@code bench.searchCases} cases (default
 * 1,000,000), read by the bureau leader as the page does (first 20, newest first, with the total),
 * with the trigram indexes of V88 and V92 and again without them. Titles are made of a surname, an
 * offence and, for one case in seven, a place, so keywords match many cases or few; each case has
 * two parties, a surname and a given name each. The copies are
 * deleted at the end, so the other benchmarks in the run see the table as before.
 */
@SpringBootTest(properties = { "gongzheng.supervision.cron=-", "gongzheng.supervision.on-events=false" })
class CaseSearchBenchmark {

	private static final int CASES = Integer.getInteger("bench.searchCases", 1_000_000);

	private static final List<String> INDEXES = List.of("cases_title_trgm_idx", "cases_number_trgm_idx",
			"cases_party_names_trgm_idx", "cases_title_bigram_idx", "cases_party_names_bigram_idx", "cases_title_char_idx",
			"cases_party_names_char_idx");

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final CaseQueries queries;

	private final JdbcTemplate jdbc;

	CaseSearchBenchmark(Fixtures fixtures, TestCases testCases, CaseQueries queries, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.queries = queries;
		this.jdbc = jdbc;
	}

	@Test
	void keywordSearchOverABureauOfManyCases() {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase model = testCases.acceptedWithRecord(bureau, "检索基准案件");
		String numbers = model.getCaseNumber().substring(0, model.getCaseNumber().lastIndexOf('-') + 1) + "S";
		long started = System.nanoTime();
		jdbc.update("""
				insert into cases (case_number, case_type, state, title, summary, report_source, reported_at, unit_id,
				    unit_path, handler_id, registered_by, created_at, updated_at, version, party_names)
				select ? || lpad(g::text, 7, '0'), c.case_type, c.state,
				    n.surnames[1 + g % 20]
				    || '某' || (array['殴打他人案','盗窃案','入室盗窃案','诈骗案','寻衅滋事案','故意伤害案','醉酒滋事案','无证驾驶案',
				        '抢夺案','扰乱单位秩序案','赌博案','吸毒案','非法携带管制刀具案','损毁财物案','阻碍执行职务案'])[1 + (g / 20) % 15]
				    || case when g % 7 = 0 then '（' || (array['北关商场','西街菜市场','东湖小区','火车站','人民公园'])[1 + g % 5] || '）'
				        else '' end,
				    c.summary, c.report_source, now() - make_interval(mins => g), case when g % 2 = 0 then ? else ? end,
				    case when g % 2 = 0 then ? else ? end, c.handler_id, c.registered_by, now(), now(), 0,
				    """ + PartyNames.twoNames("g") + """
				from cases c, generate_series(1, ?) g,
				""" + PartyNames.ARRAYS + """
				where c.id = ?""", numbers, bureau.stationOne().getId(),
				bureau.stationTwo().getId(), bureau.stationOne().getPath(), bureau.stationTwo().getPath(), CASES,
				model.getId());
		double visible = BenchDatabases.settle(jdbc, "cases");
		double loadSeconds = (System.nanoTime() - started) / 1e9;
		try {
			SignedInOfficer leader = bureau.leader();
			String[][] searches = { { "none (the list as first opened)", "" }, { "two characters, `诈骗`", "诈骗" },
					{ "three characters in many titles, `盗窃案`", "盗窃案" },
					{ "four characters, `张某诈骗`", "张某诈骗" }, { "a place, `北关商场`", "北关商场" },
					{ "start of a case number (100 cases)", numbers + "00012" },
					{ "end of a case number, `00012` (120 cases)", "00012" },
					{ "two words, `张某 诈骗`", "张某 诈骗" }, { "a word and a number's end, `盗窃案 00012`", "盗窃案 00012" },
					{ "a party's name, `王建国`", "王建国" }, { "a given name, `建国` (two characters)", "建国" },
					{ "a full name of two characters, `王芳`", "王芳" },
					{ "a party's name and a word, `王建国 盗窃`", "王建国 盗窃" },
					{ "one character in many titles, `盗`", "盗" }, { "one character of a given name, `芳`", "芳" },
					{ "one character of a place, `园`", "园" },
					{ "a word no title holds", "不存在的词语" } };
			long[] totals = new long[searches.length];
			double[] indexed = new double[searches.length];
			double[] unindexed = new double[searches.length];
			// The whole path warmed first, so that whichever side is measured first does not pay for the compiler.
			for (int round = 0; round < 20; round++) {
				for (String[] search : searches) {
					search(leader, search[1]);
				}
			}
			for (int i = 0; i < searches.length; i++) {
				String keyword = searches[i][1];
				totals[i] = search(leader, keyword);
				indexed[i] = Reads.medianMillis(() -> search(leader, keyword));
			}
			List<String> definitions = jdbc.queryForList(
					"select indexdef from pg_indexes where indexname = any(?)", String.class,
					(Object) INDEXES.toArray(String[]::new));
			assertThat(definitions).hasSize(INDEXES.size());
			INDEXES.forEach(index -> jdbc.execute("drop index " + index));
			try {
				for (int i = 0; i < searches.length; i++) {
					String keyword = searches[i][1];
					assertThat(search(leader, keyword)).isEqualTo(totals[i]);
					unindexed[i] = Reads.medianMillis(() -> search(leader, keyword));
				}
			}
			finally {
				definitions.forEach(jdbc::execute);
			}
			StringBuilder rows = new StringBuilder();
			for (int i = 0; i < searches.length; i++) {
				rows.append("| %s | %,d | %.1f ms | %.1f ms |%n".formatted(searches[i][0], totals[i], indexed[i],
						unindexed[i]));
			}
			Machine.report("case-search", """
					## Case keyword search benchmark

					%s
					%,d cases in one bureau (inserted and vacuumed in %.1f s; %.0f %% of the table's pages
					all-visible), searched by the bureau leader through `CaseQueries.search`, as the case list
					does: the first 20, newest first, and the total. Each search timed 30 times after 10
					warm-up reads (after 20 untimed rounds of all of them), median reported; first with the
					indexes (the trigram indexes of V88 and V92, the two-character pieces of V94, the
					characters of V96), then with
					them dropped.

					| keyword | cases matching | with the indexes | without |
					|---|---|---|---|
					%s""".formatted(Machine.describe(jdbc), CASES, loadSeconds, visible * 100, rows));
		}
		finally {
			jdbc.update("delete from cases where case_number like ?", numbers + "%");
		}
	}

	private long search(SignedInOfficer leader, String keyword) {
		CaseFilter filter = new CaseFilter(null, null, null, null, null, null, keyword, null);
		return queries.search(filter, PageRequest.of(0, 20, Sort.by(Sort.Order.desc("reportedAt"))), leader)
			.getTotalElements();
	}
}
