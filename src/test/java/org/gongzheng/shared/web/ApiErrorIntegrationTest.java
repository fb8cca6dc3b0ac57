package org.gongzheng.shared.web;

import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Errors the API raises before any of its own code runs still speak problem+json, per field. */
@IntegrationTest
class ApiErrorIntegrationTest {

	private final MockMvc mvc;

	private final SignedInOfficer legal;

	private final SignedInOfficer officer;

	private final ApiExceptionHandler apiErrors;

	private final JdbcTemplate jdbc;

	ApiErrorIntegrationTest(MockMvc mvc, Fixtures fixtures, ApiExceptionHandler apiErrors, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.apiErrors = apiErrors;
		this.jdbc = jdbc;
		Fixtures.Bureau bureau = fixtures.bureau();
		this.legal = bureau.legal();
		this.officer = bureau.officer();
	}

	@Test
	void anAddressNothingAnswersIsAProblemDetailUnderTheApiAndTheErrorPageElsewhere() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").with(user(legal)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.notFound"))
			.andExpect(jsonPath("$.detail").value("您要查找的内容不存在，或不在您的数据范围内。"));
		mvc.perform(get("/no-such-page").with(user(legal)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	@Test
	void aMethodTheAddressDoesNotTakeIsAProblemDetailNamingTheMethodsItDoes() throws Exception {
		mvc.perform(patch("/api/v1/approvals/queue").with(user(legal)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.methodNotAllowed"))
			.andExpect(jsonPath("$.detail").value("此地址不接受 PATCH 请求。"))
			.andExpect(header().string("Allow", "GET"));
	}

	@Test
	void aFormatTheAddressDoesNotAnswerInIsAProblemDetailNamingTheOneItDoes() throws Exception {
		mvc.perform(get("/api/v1/documents/1/html").with(user(legal)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.notAcceptable"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("此地址只提供 text/html")));
		mvc.perform(get("/api/v1/documents/1/html").with(user(legal)).accept(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.detail").value(
					"This address answers only as text/html, which the request's Accept header does not allow."));
	}

	@Test
	void aCallWithoutValidCredentialsIsAProblemDetailInTheCallersLanguageAskingForBasicAuthentication()
			throws Exception {
		mvc.perform(get("/api/v1/approvals/queue"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"gongzheng\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.signIn"))
			.andExpect(jsonPath("$.instance").value("/api/v1/approvals/queue"))
			.andExpect(jsonPath("$.detail").value("未登录，或警号、密码不对：请用 HTTP Basic 认证发送警号和密码。"));
		mvc.perform(get("/api/v1/approvals/queue").header("Accept-Language", "en")
			.with(httpBasic(legal.getUsername(), "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("error.signIn"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Not signed in, or the police number")));
	}

	@Test
	void aMissingQueryParameterIsRequiredInTheSameWordsAsAMissingBodyField() throws Exception {
		mvc.perform(put("/api/v1/approvals/chains/FILING").with(user(legal)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"links\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.invalid"))
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.contentType(MediaType.APPLICATION_JSON).content("{\"links\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'changeNote')].message").value("必填"));
	}

	@Test
	void springsOwnRefusalsSpeakTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/v1/approvals/1/signatures").with(user(legal)).contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("不支持内容类型“text/plain")));
		mvc.perform(post("/api/v1/approvals/1/signatures").with(user(legal)).header("Accept-Language", "en")
			.contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Content type \"text/plain")));
	}

	@Test
	void textHoldingANulCharacterIsRefusedOnItsFieldInTheApiAndOnTheFormWhichKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某\\u0000殴打他人案\",\"summary\":\"报警人称被打\","
					+ "\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.invalid"))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("不能包含空字符（NUL）"));
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"changeNote\":\"x\",\"links\":[{\"nameZh\":\"a\\u0000\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].nameZh"))
			.andExpect(jsonPath("$.errors[0].message").value("Must not contain the NUL character"));
		mvc.perform(post("/cases").with(user(officer)).with(csrf()).param("type", "ADMINISTRATIVE")
			.param("title", "张某\u0000殴打他人案").param("summary", "报警人称被打").param("reportSource", "CALL_110")
			.param("handlerId", String.valueOf(officer.officerId())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"title-error\">不能包含空字符（NUL）")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("报警人称被打")));
		mvc.perform(get("/api/v1/approvals").param("q", "\u0000").with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
	}

	@Test
	void textHoldingAnInvisibleControlCharacterIsRefusedOnItsFieldNamingTheCharacter() throws Exception {
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某\\u000b殴打他人案\",\"summary\":\"报警人称被打\","
					+ "\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("不能包含不可见的控制字符 U+000B，请删除后重试（它常随从其他软件粘贴的文字而来）"));
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"changeNote\":\"x\",\"links\":[{\"nameZh\":\"a\\ufffe\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].nameZh"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.startsWith("Must not contain the invisible control character U+FFFE;")));
		mvc.perform(post("/cases").with(user(officer)).with(csrf()).param("type", "ADMINISTRATIVE")
			.param("title", "张某\u0001殴打他人案").param("summary", "报警人称被打").param("reportSource", "CALL_110")
			.param("handlerId", String.valueOf(officer.officerId())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"title-error\">不能包含不可见的控制字符 U+0001")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("报警人称被打")));
		mvc.perform(get("/api/v1/approvals").param("q", "张某\u0007").with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("不能包含不可见的控制字符 U+0007")));
	}

	@Test
	void aFieldTheRequestDoesNotHaveIsRefusedOnItsNameWithTheFieldsThereAreAndNothingIsSaved() throws Exception {
		int before = jdbc.queryForObject("select count(*) from cases", Integer.class);
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某殴打他人案\",\"sumary\":\"报警人称被打\","
					+ "\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sumary"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.startsWith("没有这个字段（可用字段："), containsString("summary"))));
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某殴打他人案\",\"summary\":\"报警人称被打\","
					+ "\"reportSource\":\"CALL_110\",\"handler\":\"210102\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handler"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("handlerId")));
		assertThat(jdbc.queryForObject("select count(*) from cases", Integer.class)).isEqualTo(before);
	}

	@Test
	void anOverrideThatWouldShowATitleReversedIsRefusedWhileARightToLeftNameIsText() throws Exception {
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某\\u202e案人他打殴\",\"summary\":\"报警人称被打\","
					+ "\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("不能包含不可见的控制字符 U+202E")));
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"艾力\u200f\u0626\u06d5\u0644\u0649 殴打他人案\","
					+ "\"summary\":\"x\\u0085y\",\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("summary"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("不能包含不可见的控制字符 U+0085")));
	}

	@Test
	void tabsAndLineBreaksAreTextLikeAnyOtherEachBreakStoredAsOneLineFeed() throws Exception {
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某殴打他人案\",\"summary\":\"报警人称：\\r\\n\\t被打\","
					+ "\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary").value("报警人称：\n\t被打"));
	}

	@Test
	void aNulCharacterNoCheckSawIsStillRefusedByTheDatabaseAsBadInputNotAsAConflict() {
		var refused = new DataIntegrityViolationException("insert",
				new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
		ResponseEntity<Object> answer = apiErrors.integrity(refused);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("code", "error.nulCharacter");
	}

	@Test
	void aSearchHoldingANulCharacterIsRefusedNamingItsParameterInTheApiAndOnThePage() throws Exception {
		mvc.perform(get("/api/v1/cases").param("q", "a\u0000").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.nulInQuery"))
			.andExpect(jsonPath("$.detail").value("查询条件中含有空字符（NUL），无法查询。请删除后重试。"))
			.andExpect(jsonPath("$.errors[0].field").value("q"))
			.andExpect(jsonPath("$.errors[0].message").value("不能包含空字符（NUL）"));
		mvc.perform(get("/api/v1/documents").param("number", "\u0000").with(user(legal)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("A search or filter contains a NUL")))
			.andExpect(jsonPath("$.errors[0].field").value("number"));
		mvc.perform(get("/cases").param("q", "a\u0000").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("查询条件中含有空字符（NUL），无法查询。")));
	}

	@Test
	void aFineTooLargeForAnyPenaltyIsAFieldMessageNotAServerError() throws Exception {
		mvc.perform(post("/api/v1/penalty-assessments").with(user(legal)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"procedure\":\"SIMPLE\",\"violationCode\":\"1625\",\"fine\":9223372036854775808}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fine"));
	}

	@Test
	void aFractionOrANumberTooLargeWhereAWholeNumberIsExpectedIsRefusedOnItsPathNotCutOrTurnedIntoAnError()
			throws Exception {
		// The review period takes 1 to 720: a number too long for an int is told that bound.
		Map<String, String> expected = Map.of("1.5", "须为整数", "2.0", "须为整数", "99999999999",
				"不能大于 720", "-99999999999", "须大于 0", "1e400", "须为整数");
		for (Map.Entry<String, String> amount : expected.entrySet()) {
			mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"citationZh":"依据","citationEn":"Basis","changeNote":"试","links":[{"nameZh":"审核","nameEn":"Review",
						"role":"REVIEWER","unitLevel":"OWN_STATION","minQualification":"BASIC","countersign":false,
						"reviewAmount":%s,"reviewUnit":"HOURS"}]}""".formatted(amount.getKey())))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("links[0].reviewAmount"))
				.andExpect(jsonPath("$.errors[0].message").value(amount.getValue()));
		}
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"citationZh":"依据","citationEn":"Basis","changeNote":"试","links":[{"nameZh":"审核","nameEn":"Review",
					"role":"REVIEWER","unitLevel":"OWN_STATION","minQualification":"BASIC","countersign":false,
					"reviewAmount":2.5,"reviewUnit":"HOURS"}]}"""))
			.andExpect(jsonPath("$.errors[0].message").value("Must be a whole number"));
	}

	@Test
	void aNumberOrBooleanWhereTextIsExpectedIsAFieldMessageNotTextNobodyWrote() throws Exception {
		for (String title : new String[] { "123", "1.5", "true" }) {
			mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"ADMINISTRATIVE\",\"title\":" + title + ",\"summary\":\"报警人称被打\","
						+ "\"reportSource\":\"CALL_110\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("title"));
		}
	}

	@Test
	void textHoldingHalfASurrogatePairIsRefusedOnItsFieldWhileAWholePairIsKept() throws Exception {
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某\\ud800殴打他人案\",\"summary\":\"报警人称被打\","
					+ "\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"含有不成对的 UTF-16 代理字符（U+D800–U+DFFF 之一，只能由 JSON 转义写出），请删除后重试"));
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某\\ud83d\\ude00殴打他人案\",\"summary\":\"报警人称被打\","
					+ "\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("张某\ud83d\ude00殴打他人案"));
	}

	@Test
	void aFieldSentTwiceIsRefusedRatherThanReadAsItsLastValue() throws Exception {
		String title = "两个类型 " + System.nanoTime();
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"type\":\"CRIMINAL\",\"title\":\"" + title
					+ "\",\"summary\":\"报警人称被打\",\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/cases").param("q", title).with(user(officer)))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void aJsonValueOutsideItsEnumerationGetsAMessageOnItsPathNamingTheValuesItMayTake() throws Exception {
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"citationZh":"依据","citationEn":"Basis","changeNote":"试","links":[{"nameZh":"审核","nameEn":"Review",
					"role":"WIZARD","unitLevel":"OWN_STATION","minQualification":"BASIC","countersign":false,
					"reviewAmount":1,"reviewUnit":"HOURS"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("links[0].role"))
			.andExpect(jsonPath("$.errors[0].message").value("须为以下取值之一：OFFICER, REVIEWER, LEGAL, LEADER, ADMIN"));
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.unreadable"));
	}

	@Test
	void aPageSizeThatIsNotANumberIsNamedAsNeedingAWholeNumber() throws Exception {
		mvc.perform(get("/api/v1/cases").param("size", "abc").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.invalid"))
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].message").value("须为整数"));
		mvc.perform(get("/api/v1/cases").param("page", "1.5").with(user(officer)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value("Must be a whole number"));
	}

	@Test
	void anIdInThePathThatIsNotANumberIsNamedAsNeedingAWholeNumber() throws Exception {
		mvc.perform(get("/api/v1/cases/abc").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("id"))
			.andExpect(jsonPath("$.errors[0].message").value("须为整数"));
	}

	@Test
	void aQueryNumberBeyondWhatItsTypeHoldsStatesTheRangeItMayTake() throws Exception {
		mvc.perform(get("/api/v1/cases").param("size", "99999999999").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].message").value("每页条数须在 1 到 100 之间"));
		mvc.perform(get("/api/v1/cases").param("unitId", "99999999999999999999").with(user(officer))
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Must be a whole number from -9223372036854775808 to 9223372036854775807"));
	}

	@Test
	void aYesOrNoQueryValueThatIsNeitherIsNamedAsNeedingTrueOrFalse() throws Exception {
		mvc.perform(get("/api/v1/traffic/onsite-decisions").param("outOfRange", "maybe").with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outOfRange"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 true 或 false"));
		mvc.perform(get("/api/v1/traffic/onsite-decisions").param("mine", "maybe").with(user(legal))
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mine"))
			.andExpect(jsonPath("$.errors[0].message").value("Must be true or false"));
	}

	@Test
	void aBodyValueOfTheWrongJsonTypeIsNamedWithTheTypeItsFieldTakes() throws Exception {
		Map<String, String> titles = Map.of("123", "须为文本（用引号括起）", "{}", "须为文本（用引号括起）", "[\"a\"]",
				"须为文本（用引号括起）");
		for (Map.Entry<String, String> title : titles.entrySet()) {
			mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"ADMINISTRATIVE\",\"title\":" + title.getKey() + ",\"summary\":\"报警人称被打\","
						+ "\"reportSource\":\"CALL_110\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("title"))
				.andExpect(jsonPath("$.errors[0].message").value(title.getValue()));
		}
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"citationZh\":\"依据\",\"citationEn\":\"Basis\",\"changeNote\":\"试\",\"links\":\"审核\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 JSON 数组（用方括号括起）"));
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"citationZh\":\"依据\",\"citationEn\":\"Basis\",\"changeNote\":\"试\",\"links\":[\"审核\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0]"))
			.andExpect(jsonPath("$.errors[0].message").value("Must be a JSON object, in curly braces"));
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"citationZh\":\"依据\",\"citationEn\":\"Basis\",\"changeNote\":{},\"links\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("changeNote"))
			.andExpect(jsonPath("$.errors[0].message").value("Must be text, in quotes"));
	}

	@Test
	void aReviewPeriodOverItsMaximumStatesTheMaximum() throws Exception {
		String chain = """
				{"citationZh":"依据","citationEn":"Basis","changeNote":"试","links":[{"nameZh":"审核","nameEn":"Review",
				"role":"REVIEWER","unitLevel":"OWN_STATION","minQualification":"BASIC","countersign":false,
				"reviewAmount":721,"reviewUnit":"HOURS"}]}""";
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.contentType(MediaType.APPLICATION_JSON).content(chain))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'links[0].reviewAmount')].message").value("不能大于 720"));
		mvc.perform(put("/api/v1/approvals/chains/FILING").param("version", "1").with(user(legal))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(chain))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'links[0].reviewAmount')].message").value("Must be at most 720"));
	}

	@Test
	void aQueryValueOfTheWrongTypeGetsAMessageOnThatFieldAndAnEnumerationOrADateSaysWhatItMayBe() throws Exception {
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", legal.officerId()).param("decision", "MAYBE")
			.with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("decision"))
			.andExpect(jsonPath("$.errors[0].message").value("须为以下取值之一：APPROVE, RETURN, REFUSE"));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", legal.officerId()).param("from", "2026-13-01")
			.header("Accept-Language", "en").with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("Must be a date in the years 1900 to 9999, such as 2026-12-06"));
	}
}
