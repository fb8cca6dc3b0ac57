package org.gongzheng.supervision.fault;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.discretion.PenaltyCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Fault accountability on a real case whose filing went through the approval chain. */
@IntegrationTest
class FaultIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	private final JdbcTemplate jdbc;

	FaultIntegrationTest(MockMvc mvc, Fixtures fixtures, PenaltyCases penaltyCases, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
		this.jdbc = jdbc;
	}

	private String fault(long caseId, String foundOn) {
		return """
				{"caseId": %d, "kind": "PROCEDURE", "description": "立案审批时未发现受案登记表缺少报案人签名，程序违法。", "foundOn": "%s"}"""
			.formatted(caseId, foundOn);
	}

	@Test
	void aCaseNumberSearchTakesWildcardsLiterally() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		PenaltyCases.InvestigatedCase c = penaltyCases.assault(b);
		mvc.perform(post("/api/v1/supervision/faults").with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(fault(c.caseId(), LocalDate.now().toString())))
			.andExpect(status().isCreated());
		String number = jdbc.queryForObject("select case_number from cases where id = ?", String.class, c.caseId());
		mvc.perform(get("/api/v1/supervision/faults").param("caseNumber", number.substring(2)).with(user(b.legal())))
			.andExpect(jsonPath("$.totalElements").value(1));
		for (String wildcard : new String[] { "_", "%", "\\" }) {
			mvc.perform(get("/api/v1/supervision/faults").param("caseNumber", wildcard).with(user(b.legal())))
				.andExpect(jsonPath("$.totalElements").value(0));
		}
	}

	@Test
	void aFaultProposesExactlyTheHandlerAndEachSignerForTheLinkTheySigned() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		PenaltyCases.InvestigatedCase c = penaltyCases.assault(b);
		List<Map<String, Object>> signatures = jdbc.queryForList(
				"select id, signer_id, link_name, round from approval_signatures where case_id = ?", c.caseId());
		assertThat(signatures).hasSizeGreaterThanOrEqualTo(2);
		Long handler = jdbc.queryForObject("select handler_id from cases where id = ?", Long.class, c.caseId());

		String created = mvc.perform(post("/api/v1/supervision/faults").with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(fault(c.caseId(), LocalDate.now().toString())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

		long faultId = ((Number) JsonPath.read(created, "$.id")).longValue();
		List<Map<String, Object>> people = JsonPath.read(created, "$.people");
		Set<List<Object>> proposed = new HashSet<>();
		for (Map<String, Object> p : people) {
			proposed.add(java.util.Arrays.asList(p.get("linkKind"), ((Number) p.get("officerId")).longValue(),
					p.get("signatureId") == null ? null : ((Number) p.get("signatureId")).longValue(), p.get("linkName"),
					p.get("round")));
		}
		Set<List<Object>> expected = new HashSet<>();
		expected.add(java.util.Arrays.asList("HANDLER", handler, null, null, null));
		for (Map<String, Object> s : signatures) {
			expected.add(java.util.Arrays.asList("SIGNATURE", ((Number) s.get("signer_id")).longValue(),
					((Number) s.get("id")).longValue(), s.get("link_name"), s.get("round")));
		}
		assertThat(proposed).isEqualTo(expected);
		assertThat(people).hasSize(signatures.size() + 1);

		// A responsible person needs a kind and an outcome; nothing is saved until every person is decided.
		StringBuilder incomplete = new StringBuilder("{\"version\": 0, \"people\": [");
		incomplete.append("{\"responsibilityId\": ").append(people.get(0).get("id")).append(", \"responsible\": true}]}");
		mvc.perform(post("/api/v1/supervision/faults/{id}/decision", faultId).with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(incomplete.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[0].responsibilityKind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[0].outcome")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("people")));

		StringBuilder decision = new StringBuilder("{\"version\": 0, \"people\": [");
		for (int i = 0; i < people.size(); i++) {
			Map<String, Object> p = people.get(i);
			boolean handlerLink = "HANDLER".equals(p.get("linkKind"));
			boolean firstSigner = i == 1;
			decision.append(i == 0 ? "" : ",").append("{\"responsibilityId\": ").append(p.get("id")).append(", \"responsible\": ")
				.append(handlerLink || firstSigner)
				.append(handlerLink ? ", \"responsibilityKind\": \"DIRECT\", \"outcome\": \"CRITICISM\""
						: firstSigner ? ", \"responsibilityKind\": \"SECONDARY\", \"outcome\": \"NOTICE\"" : ", \"note\": \"已尽审核义务\"")
				.append("}");
		}
		decision.append("]}");
		mvc.perform(post("/api/v1/supervision/faults/{id}/decision", faultId).with(user(b.officer())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(decision.toString())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/supervision/faults/{id}/decision", faultId).with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(decision.toString()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECIDED"));
		mvc.perform(post("/api/v1/supervision/faults/{id}/decision", faultId).with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(decision.toString())).andExpect(status().isConflict());

		// The lifelong signing record shows the finding beside the very signature it concerns.
		long firstSigner = ((Number) people.get(1).get("officerId")).longValue();
		long firstSignature = ((Number) people.get(1).get("signatureId")).longValue();
		// The link is named in the reader's language, from the chain version the request ran on.
		String linkInEnglish = jdbc.queryForObject("""
				select l.name_en from approval_signatures s join approval_requests q on q.id = s.request_id
				join approval_chain_links l on l.chain_id = q.chain_id and l.link_order = s.link_order
				where s.id = ?""", String.class, firstSignature);
		assertThat(people.get(1).get("linkNameEn")).isEqualTo(linkInEnglish);
		mvc.perform(get("/supervision/faults/{id}", faultId).param("lang", "en").with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(linkInEnglish + " · ")));
		// A case has several approvals, each starting at round 1: the action tells them apart.
		assertThat(people.get(1).get("action")).isEqualTo("FILING");
		mvc.perform(get("/supervision/faults/{id}", faultId).param("lang", "en").with(user(b.legal())))
			.andExpect(content().string(containsString("Filing · " + linkInEnglish + " · round 1")))
			.andExpect(content().string(matchesPattern("(?s).*>[^<]+ \\(\\d+\\)</a>.*")))
			.andExpect(content().string(not(matchesPattern("(?s).*>[^<]+（\\d+）</a>.*"))));
		mvc.perform(get("/supervision/faults/{id}", faultId).with(user(b.legal())))
			.andExpect(content().string(matchesPattern("(?s).*>[^<]+（\\d+）</a>.*")));
		mvc.perform(get("/supervision/records/officers/{id}", firstSigner).param("lang", "en").with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Filing · " + linkInEnglish)));
		mvc.perform(get("/approvals/records/officers/{id}", firstSigner).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("违反法定程序")))
			.andExpect(content().string(containsString("经" + b.legal().name() + "（" + b.legal().getUsername()
					+ "）认定负次要责任，通报批评")));
		mvc.perform(get("/approvals/records/officers/{id}", firstSigner).param("lang", "en").with(user(b.legal())))
			.andExpect(content().string(containsString("decided by " + b.legal().name() + " (" + b.legal().getUsername()
					+ ")")));
		mvc.perform(get("/api/v1/approvals/records/officers/{id}", firstSigner).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.signatureId == " + firstSignature + ")].findings[0].responsibilityKind")
				.value(hasItem("SECONDARY")))
			.andExpect(jsonPath("$.content[?(@.signatureId == " + firstSignature + ")].findings[0].faultId")
				.value(hasItem((int) faultId)));
		penaltyCases.assault(b); // more signatures by the same reviewers, on a case without a fault
		long signedByFirst = jdbc.queryForObject("select count(*) from approval_signatures where signer_id = ?", Long.class,
				firstSigner);
		long withFindings = jdbc.queryForObject("select count(distinct signature_id) from fault_responsibilities "
				+ "where officer_id = ? and signature_id is not null", Long.class, firstSigner);
		assertThat(withFindings).isPositive().isLessThan(signedByFirst);
		mvc.perform(get("/api/v1/approvals/records/officers/{id}", firstSigner).param("withFindings", "true")
			.with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(withFindings));
		mvc.perform(get("/approvals/records/officers/{id}", firstSigner).param("withFindings", "true").with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("withFindings=true")));
		// The record's totals tell a finding that held the signer responsible from one that cleared them.
		mvc.perform(get("/api/v1/approvals/records/officers/{id}/summary", firstSigner).with(user(b.legal())))
			.andExpect(jsonPath("$.withFindings").value(withFindings))
			.andExpect(jsonPath("$.heldResponsible").value(withFindings));
		assertThat(people).hasSizeGreaterThan(2);
		long otherSigner = ((Number) people.get(2).get("officerId")).longValue();
		mvc.perform(get("/approvals/records/officers/{id}", otherSigner).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("经" + b.legal().name() + "（" + b.legal().getUsername()
					+ "）认定不负责任，理由：已尽审核义务")))
			.andExpect(content().string(containsString("其中 1 次所签环节后来被执法过错认定提及，0 次经认定负有责任")));
		mvc.perform(get("/api/v1/approvals/records/officers/{id}/summary", otherSigner).with(user(b.legal())))
			.andExpect(jsonPath("$.withFindings").value(1))
			.andExpect(jsonPath("$.heldResponsible").value(0));
		mvc.perform(get("/approvals/records/cases/{id}", c.caseId()).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("负次要责任，通报批评")));

		mvc.perform(get("/supervision/records/officers/{id}", handler).with(user(b.officer())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("批评教育")))
			.andExpect(content().string(containsString("/approvals/records/officers/" + handler)));
		mvc.perform(get("/api/v1/supervision/officers/{id}/record", handler).with(user(b.legal())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.faults[0].outcome").value("CRITICISM"));
		mvc.perform(get("/supervision/faults/{id}", faultId).with(user(b.officer()))).andExpect(status().isOk());
		mvc.perform(get("/supervision/faults").with(user(b.legal())).param("status", "DECIDED"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("张某殴打他人案")));
	}

	@Test
	void onlyTheLegalDepartmentOfTheCasesBureauRecordsAFaultAndEveryFieldIsChecked() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		PenaltyCases.InvestigatedCase c = penaltyCases.assault(b);
		mvc.perform(post("/api/v1/supervision/faults").with(user(b.reviewer())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(fault(c.caseId(), LocalDate.now().toString())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/supervision/faults").with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"NOPE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("caseId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("description")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("foundOn")));
		mvc.perform(post("/api/v1/supervision/faults").with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(fault(c.caseId(), LocalDate.now().plusDays(5).toString())))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("foundOn"));
		Fixtures.Bureau other = fixtures.bureau();
		mvc.perform(post("/api/v1/supervision/faults").with(user(other.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(fault(c.caseId(), LocalDate.now().toString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caseId"));
		assertThat(jdbc.queryForObject("select count(*) from enforcement_faults where case_id = ?", Long.class, c.caseId())).isZero();

		mvc.perform(post("/supervision/faults").with(user(b.legal())).with(csrf()).param("caseId", String.valueOf(c.caseId()))
			.param("kind", "PROCEDURE").param("description", "").param("foundOn", LocalDate.now().toString()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("必填")));
		mvc.perform(post("/supervision/faults").with(user(b.legal())).with(csrf()).param("caseId", "abc")
			.param("kind", "PROCEDURE").param("description", "文书未送达").param("foundOn", "昨天"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("您的范围内没有案号或 ID 为“abc”的案件")))
			.andExpect(content().string(containsString("日期格式应为 2026-05-01")))
			.andExpect(content().string(containsString("文书未送达")));
		String caseNumber = jdbc.queryForObject("select case_number from cases where id = ?", String.class, c.caseId());
		// Another bureau's case is no case of theirs: named beside the field, with what was typed kept.
		mvc.perform(post("/supervision/faults").with(user(other.legal())).with(csrf()).param("caseId", caseNumber)
			.param("kind", "PROCEDURE").param("description", "文书未送达").param("foundOn", LocalDate.now().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"caseId-error\"")))
			.andExpect(content().string(containsString("文书未送达")));
		// The case number, as printed on every document, is as good as the id.
		mvc.perform(post("/supervision/faults").with(user(b.legal())).with(csrf()).param("caseId", " " + caseNumber + " ")
			.param("kind", "PROCEDURE").param("description", "文书未送达").param("foundOn", LocalDate.now().toString()))
			.andExpect(status().is3xxRedirection());
		long faultId = jdbc.queryForObject("select id from enforcement_faults where case_id = ?", Long.class, c.caseId());
		mvc.perform(get("/supervision/faults/new").param("caseId", String.valueOf(c.caseId())).with(user(b.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("登记执法过错")));
		mvc.perform(get("/supervision/faults/{id}", faultId).with(user(b.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("people[0].responsible")));
		mvc.perform(post("/supervision/faults/{id}/decision", faultId).with(user(b.legal())).with(csrf()).param("version", "0")
			.param("people[0].responsibilityId", "0")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(get("/supervision/faults/{id}", faultId).with(user(b.legal())).param("lang", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("People per link")));
		mvc.perform(get("/api/v1/supervision/faults/{id}", faultId).with(user(other.legal()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/faults/{id}", faultId).with(user(b.otherStationOfficer())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/supervision/records/officers/{id}", b.officer().officerId()).with(user(b.colleague())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/supervision/records/officers/{id}", b.officer().officerId()).with(user(other.legal())))
			.andExpect(status().isNotFound());
	}

	@Test
	void nobodyDecidesAFaultTheyAreProposedAsResponsibleFor() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		PenaltyCases.InvestigatedCase c = penaltyCases.assault(b);
		String created = mvc.perform(post("/api/v1/supervision/faults").with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(fault(c.caseId(), LocalDate.now().toString())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long faultId = ((Number) JsonPath.read(created, "$.id")).longValue();
		// As when the legal officer signed the case's legal review.
		jdbc.update("insert into fault_responsibilities (fault_id, officer_id, link_kind) values (?, ?, 'HANDLER')", faultId,
				b.legal().officerId());
		mvc.perform(get("/supervision/faults/{id}", faultId).with(user(b.legal())))
			.andExpect(content().string(containsString("id=\"own-fault\"")))
			.andExpect(content().string(containsString("id=\"decide\" disabled")));
		mvc.perform(post("/api/v1/supervision/faults/{id}/decision", faultId).with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"people\": []}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("fault.decide.ownFault"));
		mvc.perform(post("/supervision/faults/{id}/decision", faultId).with(user(b.legal())).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("不能认定本过错")));
		assertThat(jdbc.queryForObject("select status from enforcement_faults where id = ?", String.class, faultId))
			.isEqualTo("OPEN");
	}
}
