package org.gongzheng.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API takes and gives JSON only: a YAML body would slip past the strict reading of JSON (a
 * quoted "false" taken as a yes/no), so it is refused as a type the API does not read.
 */
@IntegrationTest
class JsonOnlyBodiesIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	JsonOnlyBodiesIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void aYamlBodyIsRefusedAsAnUnsupportedTypeAndRegistersNothing() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		long before = cases();

		mvc.perform(post("/api/v1/cases").with(user(officer)).contentType("application/yaml")
			.content("type: ADMINISTRATIVE\ntitle: 以YAML登记\nsummary: 报警人称被打\nreportSource: WALK_IN\n"))
			.andExpect(status().isUnsupportedMediaType());

		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void noAnswerIsWrittenInYaml() throws Exception {
		SignedInOfficer officer = fixtures.bureau().officer();
		mvc.perform(get("/api/v1/cases").with(user(officer)).accept("application/yaml"))
			.andExpect(status().isNotAcceptable());
	}

	private long cases() {
		return jdbc.queryForObject("select count(*) from cases", Long.class);
	}
}
