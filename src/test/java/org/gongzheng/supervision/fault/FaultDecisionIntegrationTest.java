package org.gongzheng.supervision.fault;

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
import static org.hamcrest.Matchers.hasItem;
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

		int firstSigner() {
			for (int i = 0; i < people.size(); i++) {
				if ("SIGNATURE".equals(people.get(i).get("linkKind"))) {
					return i;
				}
			}
			throw new AssertionError("no signer proposed");
		}

		int handler() {
			for (int i = 0; i < people.size(); i++) {
				if ("HANDLER".equals(people.get(i).get("linkKind"))) {
					return i;
				}
			}
			throw new AssertionError("no handler proposed");
		}
	}

	private Recorded recordFault(Fixtures.Bureau b) throws Exception {
		long caseId = penaltyCases.assault(b).caseId();
		String created = RecordedFaults.procedureBreach(mvc, b, caseId);
		List<Map<String, Object>> people = JsonPath.read(created, "$.people");
		assertThat(people).hasSizeGreaterThanOrEqualTo(2);
		return new Recorded(((Number) JsonPath.read(created, "$.id")).longValue(), people);
	}

	/**
	 * The handler is responsible and everyone else cleared with a reason, except the person at
	 * {@code cleared} (-1 for nobody): cleared with {@code note} as their only reason (null: none).
	 */
	private static String decision(Recorded fault, int cleared, String note) {
		StringBuilder json = new StringBuilder("{\"version\": 0, \"people\": [");
		for (int i = 0; i < fault.people().size(); i++) {
			Map<String, Object> p = fault.people().get(i);
			json.append(i == 0 ? "" : ",").append("{\"responsibilityId\": ").append(p.get("id"));
			if (i == cleared) {
				json.append(", \"responsible\": false").append(note == null ? "" : ", \"note\": \"" + note + "\"");
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

	private void assertNothingSaved(long faultId) {
		assertThat(jdbc.queryForMap("select status, decided_at, decided_by, version from enforcement_faults where id = ?", faultId))
			.containsEntry("status", "OPEN").containsEntry("decided_at", null).containsEntry("decided_by", null)
			.containsEntry("version", 0L);
		assertThat(jdbc.queryForObject("""
				select count(*) from fault_responsibilities
				where fault_id = ? and (responsible is not null or note is not null or decided_by is not null or decided_at is not null)""",
				Long.class, faultId)).isZero();
	}

	@Test
	void clearingASignerWithoutAReasonIsRefusedAndNothingIsSaved() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Recorded fault = recordFault(b);
		int signer = fault.firstSigner();
		for (String missing : new String[] { null, "", "   " }) {
			mvc.perform(decide(fault.faultId(), b, decision(fault, signer, missing)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors", hasSize(1)))
				.andExpect(jsonPath("$.errors[0].field").value("people[" + signer + "].note"))
				.andExpect(jsonPath("$.errors[0].message").value("认定不担责的，须写明理由"));
			assertNothingSaved(fault.faultId());
		}
		mvc.perform(decide(fault.faultId(), b, decision(fault, signer, null)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Say why this person is not responsible"));
		// With the reason written down the same decision goes through.
		mvc.perform(decide(fault.faultId(), b, decision(fault, signer, "审批立案时尚无处罚告知环节")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.people[" + signer + "].note").value("审批立案时尚无处罚告知环节"));
	}

	@Test
	void clearingTheHandlerWithoutAReasonIsRefusedToo() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Recorded fault = recordFault(b);
		int handler = fault.handler();
		mvc.perform(decide(fault.faultId(), b, decision(fault, handler, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[" + handler + "].note")));
		assertNothingSaved(fault.faultId());
	}

	@Test
	void eachProblemIsNamedOnTheEntryAsSentWhateverOrderThePeopleComeIn() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Recorded fault = recordFault(b);
		int signer = fault.firstSigner();
		String inOrder = decision(fault, signer, null);
		List<Map<String, Object>> entries = new java.util.ArrayList<>(JsonPath.read(inOrder, "$.people"));
		java.util.Collections.reverse(entries);
		int sentAt = entries.size() - 1 - signer;
		String reversed = "{\"version\": 0, \"people\": " + new tools.jackson.databind.ObjectMapper()
			.writeValueAsString(entries) + "}";

		mvc.perform(decide(fault.faultId(), b, reversed))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("people[" + sentAt + "].note"));
		assertNothingSaved(fault.faultId());
	}

	@Test
	void anUnknownOrRepeatedPersonIsRefusedOnItsIdAndAPersonLeftOutIsNamed() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Recorded fault = recordFault(b);
		Map<String, Object> first = fault.people().get(0);
		Map<String, Object> last = fault.people().get(fault.people().size() - 1);
		String json = decision(fault, -1, null).replace("\"responsibilityId\": " + last.get("id"),
				"\"responsibilityId\": " + first.get("id"));
		mvc.perform(decide(fault.faultId(), b, json))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[" + (fault.people().size() - 1) + "].responsibilityId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("people")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString((String) last.get("policeNumber")))));
		mvc.perform(decide(fault.faultId(), b, decision(fault, -1, null).replace(
				"\"responsibilityId\": " + first.get("id"), "\"responsibilityId\": 999999999")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("people[0].responsibilityId"))
			.andExpect(jsonPath("$.errors[0].message").value("本过错没有编号为 999999999 的责任人"));
		assertNothingSaved(fault.faultId());
	}

	@Test
	void onThePageAClearingWithoutAReasonIsNamedBesideItsNoteAndWhatWasTypedIsKept() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Recorded fault = recordFault(b);
		int signer = fault.firstSigner();
		MockHttpServletRequestBuilder form = post("/supervision/faults/{id}/decision", fault.faultId()).with(user(b.legal()))
			.with(csrf()).param("version", "0");
		for (int i = 0; i < fault.people().size(); i++) {
			Map<String, Object> p = fault.people().get(i);
			String prefix = "people[" + i + "].";
			form.param(prefix + "responsibilityId", String.valueOf(p.get("id")));
			if (i == signer) {
				form.param(prefix + "responsible", "false").param(prefix + "note", "");
			}
			else if ("HANDLER".equals(p.get("linkKind"))) {
				form.param(prefix + "responsible", "true").param(prefix + "responsibilityKind", "DIRECT")
					.param(prefix + "outcome", "CRITICISM").param(prefix + "note", "主办民警未履行告知义务第" + i + "条");
			}
			else {
				form.param(prefix + "responsible", "false").param(prefix + "note", "该环节不涉及告知程序第" + i + "条");
			}
		}
		String page = mvc.perform(form)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"people[" + signer + "].note-error\"")))
			.andExpect(content().string(containsString("认定不担责的，须写明理由")))
			.andReturn().getResponse().getContentAsString();
		for (int i = 0; i < fault.people().size(); i++) {
			if (i != signer) {
				assertThat(page).contains("第" + i + "条");
			}
		}
		assertThat(page).contains("<option value=\"false\" selected=\"selected\"");
		assertNothingSaved(fault.faultId());
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
