package org.gongzheng.supervision.fault;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.discretion.PenaltyCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Deciding a fault: who decided is on the record, and nobody is cleared without a reason. */
@IntegrationTest
class FaultDecisionIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	private final JdbcTemplate jdbc;

	FaultDecisionIntegrationTest(MockMvc mvc, Fixtures fixtures, PenaltyCases penaltyCases, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
		this.jdbc = jdbc;
	}

	private record Recorded(long faultId, List<Map<String, Object>> people) {
	}

	private Recorded recordFault(Fixtures.Bureau b) throws Exception {
		long caseId = penaltyCases.assault(b).caseId();
		String created = mvc.perform(post("/api/v1/supervision/faults").with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"caseId": %d, "kind": "PROCEDURE", "description": "作出处罚决定前未告知当事人陈述、申辩权利。", "foundOn": "%s"}"""
				.formatted(caseId, LocalDate.now())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> people = JsonPath.read(created, "$.people");
		assertThat(people).hasSizeGreaterThanOrEqualTo(2);
		return new Recorded(((Number) JsonPath.read(created, "$.id")).longValue(), people);
	}

	/**
	 * The handler is responsible, everyone else cleared with a reason, except the person at
	 * {@code withoutReason} (-1 for nobody) cleared with the note given.
	 */
	private static String decision(Recorded fault, int withoutReason, String missingNote) {
		StringBuilder json = new StringBuilder("{\"version\": 0, \"people\": [");
		for (int i = 0; i < fault.people().size(); i++) {
			Map<String, Object> p = fault.people().get(i);
			json.append(i == 0 ? "" : ",").append("{\"responsibilityId\": ").append(p.get("id"));
			if (i == withoutReason) {
				json.append(", \"responsible\": false").append(missingNote == null ? "" : ", \"note\": \"" + missingNote + "\"");
			}
			else if ("HANDLER".equals(p.get("linkKind"))) {
				json.append(", \"responsible\": true, \"responsibilityKind\": \"DIRECT\", \"outcome\": \"CRITICISM\"");
			}
			else {
				json.append(", \"responsible\": false, \"note\": \"该环节不涉及告知程序\"");
			}
			json.append("}");
		}
		return json.append("]}").toString();
	}

	private MockHttpServletRequestBuilder decide(long faultId, Fixtures.Bureau b, String json) {
		return post("/api/v1/supervision/faults/{id}/decision", faultId).with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	@Test
	void theFaultPageNamesWhoDecided() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Recorded fault = recordFault(b);
		Map<String, Object> legal = jdbc.queryForMap("select name, police_number from officers where id = ?",
				b.legal().officerId());
		String name = (String) legal.get("name");
		String policeNumber = (String) legal.get("police_number");
		mvc.perform(get("/supervision/faults/{id}", fault.faultId()).with(user(b.legal())))
			.andExpect(content().string(not(containsString("id=\"decided-by\""))));

		mvc.perform(decide(fault.faultId(), b, decision(fault, -1, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decidedAt", notNullValue()))
			.andExpect(jsonPath("$.decidedBy.officerId").value(b.legal().officerId()))
			.andExpect(jsonPath("$.decidedBy.name").value(name))
			.andExpect(jsonPath("$.decidedBy.policeNumber").value(policeNumber))
			.andExpect(jsonPath("$.people[*].decidedBy.officerId", everyItem(is((int) b.legal().officerId()))))
			.andExpect(jsonPath("$.people[*].decidedBy.policeNumber", everyItem(is(policeNumber))))
			.andExpect(jsonPath("$.people[*].decidedAt", hasSize(fault.people().size())))
			.andExpect(jsonPath("$.people[*].decidedAt", everyItem(notNullValue())));
		// Anyone who may read the fault reads who decided it, the people it names included.
		mvc.perform(get("/api/v1/supervision/faults/{id}", fault.faultId()).with(user(b.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decidedBy.name").value(name));

		mvc.perform(get("/supervision/faults/{id}", fault.faultId()).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("认定人 " + name + "（" + policeNumber + "）")));
		mvc.perform(get("/supervision/faults/{id}", fault.faultId()).param("lang", "en").with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("decided by " + name + " (" + policeNumber + ")")));
	}
}
