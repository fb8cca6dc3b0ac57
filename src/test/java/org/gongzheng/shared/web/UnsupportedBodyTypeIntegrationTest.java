package org.gongzheng.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A body the API does not read as JSON is refused with 415, naming the type sent and the one the
 * address reads: not read with another reader that lacks the JSON checks, and not taken for
 * parameters. Pages still take their forms.
 */
@IntegrationTest
class UnsupportedBodyTypeIntegrationTest {

	private static final String INTAKE = "{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某殴打他人案\",\"summary\":\"报警人称被打\","
			+ "\"reportSource\":\"CALL_110\"}";

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final SignedInOfficer officer;

	UnsupportedBodyTypeIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Fixtures fixtures) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.officer = fixtures.bureau().officer();
	}

	@Test
	void aJsonBodySentAsPlainTextIsRefusedWith415NamingTheTypeSentAndTheTypeTheAddressReads() throws Exception {
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.TEXT_PLAIN).content(INTAKE))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.unsupportedMediaType"))
			.andExpect(jsonPath("$.detail").value("不支持内容类型“text/plain”：此地址只接受 application/json 格式的请求内容。"));
		mvc.perform(post("/api/v1/cases").with(user(officer)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_XML).content("<intake/>"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("error.unsupportedMediaType"))
			.andExpect(jsonPath("$.detail").value(
					"Content type \"application/xml\" is not supported: this address accepts only application/json request bodies."));
	}

	@Test
	void aYamlBodyIsRefusedLikeAnyOtherTypeRatherThanReadWithoutTheJsonChecks() throws Exception {
		int before = cases();
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType("application/yaml").content(INTAKE))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("error.unsupportedMediaType"))
			.andExpect(jsonPath("$.detail").value("不支持内容类型“application/yaml”：此地址只接受 application/json 格式的请求内容。"));
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType("application/yaml").content("title: x"))
			.andExpect(status().isUnsupportedMediaType());
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void noAnswerIsWrittenInYaml() throws Exception {
		mvc.perform(get("/api/v1/cases").with(user(officer)).accept("application/yaml"))
			.andExpect(status().isNotAcceptable());
	}

	@Test
	void jsonSentAsAFormIsRefusedWith415NotAsAnUnknownParameterNamedAfterTheJson() throws Exception {
		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(INTAKE))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.unsupportedMediaType"))
			.andExpect(jsonPath("$.detail").value(
					"不支持内容类型“application/x-www-form-urlencoded”：此地址只接受 application/json 格式的请求内容。"));
		// A JSON body with a misspelt query parameter is still refused on the parameter.
		mvc.perform(post("/api/v1/cases").param("dryRun", "true").with(user(officer))
			.contentType(MediaType.APPLICATION_JSON).content(INTAKE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.parameters.unknown"))
			.andExpect(jsonPath("$.errors[0].field").value("dryRun"));
	}

	@Test
	void aPageStillTakesItsFormPost() throws Exception {
		mvc.perform(post("/cases").with(user(officer)).with(csrf())
			.param("type", "CRIMINAL").param("title", "入室盗窃案").param("summary", "家中财物被盗")
			.param("reportSource", "WALK_IN").param("handlerId", String.valueOf(officer.officerId())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cases/*"));
	}

	private int cases() {
		return jdbc.queryForObject("select count(*) from cases", Integer.class);
	}
}
