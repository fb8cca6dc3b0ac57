package org.gongzheng.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Field names no page ever sends (an index that is not a number, negative, or past the binder's
 * limit) are refused as bad input, not answered with a server error; so is text no field can store,
 * and a value sent twice for a field that holds one.
 */
@IntegrationTest
class MalformedFormIntegrationTest {

	private final MockMvc mvc;

	private final SignedInOfficer legal;

	private final JdbcTemplate jdbc;

	MalformedFormIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.legal = fixtures.bureau().legal();
	}

	@Test
	void aFieldSentTwiceIsRefusedRatherThanSavedAsBothJoinedByAComma() throws Exception {
		String first = "甲案 " + System.nanoTime();
		mvc.perform(post("/cases").with(user(legal)).with(csrf()).param("type", "ADMINISTRATIVE")
			.param("title", first, "乙案")
			.param("summary", "案情")
			.param("reportSource", "CALL_110"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from cases where title like ?", Integer.class, first + "%"))
			.isZero();
	}

	@Test
	void aQueryValueSentTwiceIsRefusedNamingItInTheListsTheApiAndAFilterRecord() throws Exception {
		mvc.perform(get("/cases").param("q", "甲", "乙").with(user(legal)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“q”的取值“甲,乙”无法识别")));
		mvc.perform(get("/approvals/requests").param("q", "甲", "乙").with(user(legal)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“q”的取值“甲,乙”无法识别")));
		mvc.perform(get("/api/v1/cases").param("q", "甲", "乙").with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
	}

	@Test
	void aChainFormWithAnUnreadableLinkIndexIsBadInput() throws Exception {
		for (String index : new String[] { "x", "-1", "300", "" }) {
			mvc.perform(post("/approvals/chains/FILING").with(user(legal)).with(csrf())
				.param("version", "1").param("links[" + index + "].role", "REVIEWER"))
				.andExpect(status().isBadRequest());
		}
	}

	@Test
	void aStandardFormWithAnUnreadableGradeIndexIsBadInputAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/discretion/violations/1625/standards").with(user(legal)).with(csrf())
			.param("latestVersion", "0").param("basisZh", "本市裁量基准").param("grades[x].fineMin", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("本市裁量基准")));
	}

	@Test
	void aFormFieldHoldingANulCharacterIsRefusedBesideThatFieldAndTheFormKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/approvals/chains/FILING").with(user(legal)).with(csrf()).param("version", "1")
			.param("citationZh", "公安机关办理行政案件程序规定").param("links[0].nameZh", "所\u0000领导")
			.param("links[0].nameEn", "Station leader"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"links[0].nameZh-error\">不能包含空字符（NUL）")))
			.andExpect(content().string(containsString("提交的文字中含有无法保存的空字符（NUL），未保存。")))
			.andExpect(content().string(containsString("Station leader")))
			.andExpect(content().string(containsString("公安机关办理行政案件程序规定")));
	}

	@Test
	void aRuleParameterHoldingANulCharacterIsRefusedBesideThatParameterAndNothingChanges() throws Exception {
		long version = jdbc.queryForObject("select version from supervision_rules where code = 'SIGNED_TOO_FAST'", Long.class);
		mvc.perform(post("/supervision/rules/SIGNED_TOO_FAST").with(user(legal)).with(csrf())
			.param("version", String.valueOf(version)).param("enabled", "true").param("severity", "\u0000")
			.param("rectificationDays", "9").param("params[minSeconds]", "6\u00000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"severity-error\">不能包含空字符（NUL）")))
			.andExpect(content().string(containsString("id=\"param-minSeconds-error\">不能包含空字符（NUL）")))
			.andExpect(content().string(containsString("提交的文字中含有无法保存的空字符（NUL），未保存。")))
			.andExpect(content().string(containsString("value=\"9\"")));
		assertThat(jdbc.queryForObject("select version from supervision_rules where code = 'SIGNED_TOO_FAST'", Long.class))
			.isEqualTo(version);
	}

	@Test
	void aRuleFormWithAnUnreadableVersionGetsThePageNamingTheParameter() throws Exception {
		mvc.perform(post("/supervision/rules/SIGNED_TOO_FAST").with(user(legal)).with(csrf())
			.param("version", "abc").param("severity", "HIGH").param("rectificationDays", "7")
			.param("params[minSeconds]", "60"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“version”的取值“abc”无法识别")));
	}
}
