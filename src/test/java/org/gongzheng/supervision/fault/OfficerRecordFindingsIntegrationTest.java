package org.gongzheng.supervision.fault;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officer's law-enforcement record kept by supervision tells, for each fault finding, who
 * decided it and when, the responsibility found and, for someone cleared, why: in the same words
 * as the lifelong signing record.
 */
@IntegrationTest
class OfficerRecordFindingsIntegrationTest {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final String CLEARED_BECAUSE = "已尽审核义务，材料中无从发现该问题";

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	private final JdbcTemplate jdbc;

	OfficerRecordFindingsIntegrationTest(MockMvc mvc, Fixtures fixtures, PenaltyCases penaltyCases, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
		this.jdbc = jdbc;
	}

	/** A fault on a case whose handler and signers are proposed; who is who, and who will decide. */
	private record Decided(long faultId, long handler, long signer, String legalName, String legalNumber, String decidedAt) {
	}

	private long recordFault(Fixtures.Bureau b) throws Exception {
		long caseId = penaltyCases.assault(b).caseId();
		String created = RecordedFaults.procedureBreach(mvc, b, caseId);
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	/** The handler held directly responsible (criticism), every signer cleared with the reason. */
	private Decided decideHandlerResponsibleSignersCleared(Fixtures.Bureau b) throws Exception {
		long faultId = recordFault(b);
		String fault = mvc.perform(get("/api/v1/supervision/faults/{id}", faultId).with(user(b.legal())))
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> people = JsonPath.read(fault, "$.people");
		StringBuilder json = new StringBuilder("{\"version\": 0, \"people\": [");
		long handler = 0;
		long signer = 0;
		for (int i = 0; i < people.size(); i++) {
			Map<String, Object> p = people.get(i);
			json.append(i == 0 ? "" : ",").append("{\"responsibilityId\": ").append(p.get("id"));
			if ("HANDLER".equals(p.get("linkKind"))) {
				handler = ((Number) p.get("officerId")).longValue();
				json.append(", \"responsible\": true, \"responsibilityKind\": \"DIRECT\", \"outcome\": \"CRITICISM\"");
			}
			else {
				signer = signer == 0 && "SIGNATURE".equals(p.get("linkKind")) ? ((Number) p.get("officerId")).longValue()
						: signer;
				json.append(", \"responsible\": false, \"note\": \"").append(CLEARED_BECAUSE).append("\"");
			}
			json.append("}");
		}
		mvc.perform(post("/api/v1/supervision/faults/{id}/decision", faultId).with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.append("]}").toString()))
			.andExpect(status().isOk());
		assertThat(handler).isPositive();
		assertThat(signer).isPositive().isNotEqualTo(handler);
		Map<String, Object> legal = jdbc.queryForMap("select name, police_number from officers where id = ?",
				b.legal().officerId());
		Timestamp decidedAt = jdbc.queryForObject("select decided_at from enforcement_faults where id = ?", Timestamp.class,
				faultId);
		return new Decided(faultId, handler, signer, (String) legal.get("name"), (String) legal.get("police_number"),
				MINUTES.format(decidedAt.toInstant().atZone(ZoneId.of("Asia/Shanghai"))));
	}

	@Test
	void aClearedSignersRecordSaysWhoClearedThemWhenAndWhyInChineseAndEnglish() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Decided d = decideHandlerResponsibleSignersCleared(b);
		String found = LocalDate.now().toString();

		String page = mvc.perform(get("/supervision/records/officers/{id}", d.signer()).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("违反法定程序（" + found + " 发现）：经" + d.legalName() + "（"
					+ d.legalNumber() + "）认定不负责任，理由：" + CLEARED_BECAUSE)))
			.andReturn().getResponse().getContentAsString();
		assertThat(recordFaultsTable(page)).contains(d.decidedAt());
		String english = mvc.perform(get("/supervision/records/officers/{id}", d.signer()).param("lang", "en")
			.with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Statutory procedure breached (found " + found
					+ "): found not responsible by " + d.legalName() + " (" + d.legalNumber() + "). Reason: "
					+ CLEARED_BECAUSE)))
			.andReturn().getResponse().getContentAsString();
		assertThat(recordFaultsTable(english)).contains(d.decidedAt());
	}

	@Test
	void aResponsibleHandlersRecordSaysWhoHeldThemResponsibleForWhichResponsibilityAndWhen() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Decided d = decideHandlerResponsibleSignersCleared(b);

		String page = mvc.perform(get("/supervision/records/officers/{id}", d.handler()).with(user(b.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("经" + d.legalName() + "（" + d.legalNumber()
					+ "）认定负直接责任，批评教育")))
			.andReturn().getResponse().getContentAsString();
		assertThat(recordFaultsTable(page)).contains(d.decidedAt());
		mvc.perform(get("/supervision/records/officers/{id}", d.handler()).param("lang", "en").with(user(b.officer())))
			.andExpect(content().string(containsString("Direct responsibility, Criticism and education; decided by "
					+ d.legalName() + " (" + d.legalNumber() + ")")));
	}

	@Test
	void theRecordsApiAnswerNamesWhoDecidedEachFindingAndWhen() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Decided d = decideHandlerResponsibleSignersCleared(b);
		String decidedAt = jdbc.queryForObject("select decided_at from enforcement_faults where id = ?", Timestamp.class,
				d.faultId()).toInstant().toString();

		mvc.perform(get("/api/v1/supervision/officers/{id}/record", d.signer()).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.faults[0].faultId").value(d.faultId()))
			.andExpect(jsonPath("$.faults[0].responsible").value(false))
			.andExpect(jsonPath("$.faults[0].note").value(CLEARED_BECAUSE))
			.andExpect(jsonPath("$.faults[0].decidedBy.officerId").value(b.legal().officerId()))
			.andExpect(jsonPath("$.faults[0].decidedBy.name").value(d.legalName()))
			.andExpect(jsonPath("$.faults[0].decidedBy.policeNumber").value(d.legalNumber()))
			.andExpect(jsonPath("$.faults[0].decidedAt").value(decidedAt))
			.andExpect(jsonPath("$.faults[0].kindZh").value("违反法定程序"))
			.andExpect(jsonPath("$.faults[0].kindEn").value("Statutory procedure breached"));
		mvc.perform(get("/api/v1/supervision/officers/{id}/record", d.handler()).with(user(b.legal())))
			.andExpect(jsonPath("$.faults[0].responsible").value(true))
			.andExpect(jsonPath("$.faults[0].responsibilityKind").value("DIRECT"))
			.andExpect(jsonPath("$.faults[0].outcome").value("CRITICISM"))
			.andExpect(jsonPath("$.faults[0].outcomeZh").value("批评教育"))
			.andExpect(jsonPath("$.faults[0].outcomeEn").value("Criticism and education"))
			.andExpect(jsonPath("$.faults[0].decidedBy.policeNumber").value(d.legalNumber()))
			.andExpect(jsonPath("$.faults[0].decidedAt").value(decidedAt));
	}

	@Test
	void aFindingNotYetDecidedSaysSoAndNamesNoDecider() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long faultId = recordFault(b);
		long handler = jdbc.queryForObject(
				"select officer_id from fault_responsibilities where fault_id = ? and link_kind = 'HANDLER'", Long.class, faultId);

		mvc.perform(get("/supervision/records/officers/{id}", handler).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("违反法定程序（" + LocalDate.now() + " 发现）：责任认定中")))
			.andExpect(content().string(not(containsString("认定不负责任"))));
		mvc.perform(get("/api/v1/supervision/officers/{id}/record", handler).with(user(b.legal())))
			.andExpect(jsonPath("$.faults[0].faultId").value(faultId))
			.andExpect(jsonPath("$.faults[0].responsible").value(nullValue()))
			.andExpect(jsonPath("$.faults[0].decidedBy").value(nullValue()))
			.andExpect(jsonPath("$.faults[0].decidedAt").value(nullValue()));
	}

	@Test
	void theSigningRecordAndTheLawEnforcementRecordWordAFindingAlike() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Decided d = decideHandlerResponsibleSignersCleared(b);
		String sentence = "违反法定程序（" + LocalDate.now() + " 发现）：经" + d.legalName() + "（" + d.legalNumber()
				+ "）认定不负责任，理由：" + CLEARED_BECAUSE;

		mvc.perform(get("/approvals/records/officers/{id}", d.signer()).with(user(b.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString(sentence)));
		mvc.perform(get("/supervision/records/officers/{id}", d.signer()).with(user(b.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString(sentence)));
	}

	/** The faults table alone, so that a time found there is the decision's and not another table's. */
	private static String recordFaultsTable(String page) {
		int start = page.indexOf("id=\"record-faults\"");
		assertThat(start).isPositive();
		return page.substring(start, page.indexOf("</table>", start));
	}
}
