package org.gongzheng.discretion;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.discretion.internal.Library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The seeded law-data: catalogue, standards and the procedure rules the rule book is tested with. */
@IntegrationTest
class CatalogueIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final Library library;

	private final JdbcTemplate jdbc;

	CatalogueIntegrationTest(MockMvc mvc, Fixtures fixtures, Library library, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.library = library;
		this.jdbc = jdbc;
	}

	@Test
	void theCatalogueHoldsTrafficCodesWithTheirPointsAndPublicOrderViolations() {
		List<ViolationView> violations = library.violations();
		assertThat(violations.stream().filter(v -> v.domain() == ViolationDomain.TRAFFIC)).hasSizeGreaterThanOrEqualTo(30);
		assertThat(violations.stream().filter(v -> v.domain() == ViolationDomain.PUBLIC_ORDER)).hasSizeGreaterThanOrEqualTo(15);
		ViolationView redLight = violations.stream().filter(v -> v.code().equals("1625")).findFirst().orElseThrow();
		assertThat(redLight.points()).isEqualTo(6);
		assertThat(redLight.breachCitation().zh()).isEqualTo("《中华人民共和国道路交通安全法》第三十八条");
		assertThat(redLight.penaltyCitation().zh()).isEqualTo("《中华人民共和国道路交通安全法》第九十条");
		assertThat(redLight.pointsCitation().zh()).isEqualTo("《道路交通安全违法行为记分管理办法》第十条");
		assertThat(violations).allSatisfy(v -> assertThat(v.points()).isIn(0, 1, 3, 6, 9, 12));
		assertThat(jdbc.queryForObject("""
				select count(*) from violations v where not exists (select 1 from discretion_standards s
				where s.violation_id = v.id and s.jurisdiction_code = '000000')""", Integer.class))
			.as("every violation has a statutory-range standard").isZero();
	}

	@Test
	void theProcedureRulesCarryTheLimitsAndCitationsTheRuleBookIsTestedWith() {
		Map<String, Library.RuleView> rules = new java.util.HashMap<>();
		library.rules().forEach(r -> rules.put(r.code(), r));
		assertThat(rules.get("APL51_CITIZEN").limitFen()).isEqualTo(20000L);
		assertThat(rules.get("APL51_CITIZEN").citation().zh()).isEqualTo("《中华人民共和国行政处罚法》第五十一条");
		assertThat(rules.get("APL51_ORGANIZATION").limitFen()).isEqualTo(300000L);
		assertThat(rules.get("RTSL107").limitFen()).isEqualTo(20000L);
		assertThat(rules.get("RTSL107").domain()).isEqualTo("TRAFFIC");
		assertThat(rules.get("RTSL107").citation().zh()).isEqualTo("《中华人民共和国道路交通安全法》第一百零七条第一款");
		assertThat(rules.get("PSAPL100").limitFen()).isEqualTo(20000L);
		assertThat(rules.get("HEARING_CITIZEN").limitFen()).isEqualTo(200000L);
		assertThat(rules.get("HEARING_ORGANIZATION").limitFen()).isEqualTo(1000000L);
		assertThat(rules.get("HEARING_CITIZEN").citation().zh()).isEqualTo("《公安机关办理行政案件程序规定》第一百二十三条");
		assertThat(rules).containsKeys("APL51_KINDS", "RTSL107_KINDS", "POINTS_MANDATORY", "DETENTION_MANDATORY",
				"LICENCE_MANDATORY", "HEARING_REVOCATION", "RANGE_REASON", "REVIEW_OUT_OF_RANGE", "REVIEW_HEARING");
	}

	@Test
	void theCataloguePagesReadInBothLanguages() throws Exception {
		var officer = fixtures.bureau().officer();
		mvc.perform(get("/discretion").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("驾驶机动车违反道路交通信号灯通行")));
		mvc.perform(get("/discretion?lang=en").with(user(officer)))
			.andExpect(content().string(containsString("Driving against a traffic signal light")));
		mvc.perform(get("/discretion/library").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("第一百零七条第一款")))
			.andExpect(content().string(containsString("待核对：此为2012年修正文本")));
		mvc.perform(get("/discretion/library?lang=en").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("To verify: This is the 2012 amendment.")))
			.andExpect(content().string(not(containsString("引用前请法制部门核对原文"))));
		mvc.perform(get("/discretion/rules?lang=en").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Traffic police on-the-spot fine limit")))
			.andExpect(content().string(containsString("Road traffic · any party")))
			.andExpect(content().string(not(containsString("SIMPLE_FINE_LIMIT"))));
		mvc.perform(get("/discretion/rules").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("当场处罚罚款限额")))
			.andExpect(content().string(containsString("所有案件类别")))
			.andExpect(content().string(not(containsString("TRAFFIC · ANY"))));
		mvc.perform(get("/discretion/violations/1625").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("recommendation-panel")))
			.andExpect(content().string(containsString("违反条款</strong>：<span")))
			.andExpect(content().string(containsString("记分</strong>：<span")))
			.andExpect(content().string(containsString("本档幅度：</span><span id=\"recommended-range\"")));
		mvc.perform(get("/discretion/violations/1625?lang=en").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Article broken</strong>: <span")))
			.andExpect(content().string(containsString("Points</strong>: <span")))
			.andExpect(content().string(containsString("Range of this grade: </span><span id=\"recommended-range\"")))
			.andExpect(content().string(not(containsString("</strong>："))));
		mvc.perform(get("/discretion/violations/PO01").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("裁量情节：</span><span")))
			.andExpect(content().string(matchesPattern("(?s).*<span>[^<]+；</span><span>.*")));
		mvc.perform(get("/discretion/violations/PO01?lang=en").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Circumstances: </span><span")))
			.andExpect(content().string(matchesPattern("(?s).*<span>[^<]+; </span><span>.*")))
			.andExpect(content().string(not(matchesPattern("(?s).*<span>[^<]+；</span>.*"))));
		mvc.perform(get("/api/v1/violations").param("domain", "PUBLIC_ORDER").with(user(officer)))
			.andExpect(jsonPath("$[0].code").value("PO01"));
		mvc.perform(get("/api/v1/procedure-rules").with(user(officer))).andExpect(status().isOk());
	}

	/** Rolled back: the catalogue's own test above holds every violation to a standard. */
	@Test
	@Transactional
	void aViolationWithNoStandardInForceShowsItsPageWithoutARecommendation() throws Exception {
		jdbc.update("""
				insert into violations (code, domain, name_zh, name_en, breach_article_id, penalty_article_id, points,
				       points_article_id)
				select 'TEST-NONE', domain, '尚无裁量基准的违法行为', 'A violation without a standard', breach_article_id,
				       penalty_article_id, points, points_article_id
				from violations where code = '1625'""");
		mvc.perform(get("/discretion/violations/TEST-NONE").with(user(fixtures.bureau().officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚无裁量基准的违法行为")))
			.andExpect(content().string(not(containsString("recommendation-panel"))));
	}
}
