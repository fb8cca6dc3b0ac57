package org.gongzheng.casework;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CaseFlowIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final TestApprovals approvals;

	private Fixtures.Bureau bureau;

	CaseFlowIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc, TestApprovals approvals) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.approvals = approvals;
	}

	@BeforeEach
	void newBureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void aCaseIsHandledOnlineFromIntakeToClosingWithATimelineEntryAndAuditRecordForEveryStep() throws Exception {
		SignedInOfficer officer = bureau.officer();
		long id = register(officer, "ADMINISTRATIVE", "张某殴打他人案");
		long auditBefore = auditRows(id);

		transition(officer, id, "ACCEPT", """
				"handlerId": %d, "coHandlerId": %d""".formatted(officer.officerId(), bureau.colleague().officerId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACCEPTED"))
			.andExpect(jsonPath("$.deadlines[0].ruleCode").value("ADMIN_CASE_HANDLING"))
			.andExpect(jsonPath("$.deadlines[0].status").value("ON_TRACK"));
		addRecord(officer, id);
		transition(officer, id, "FILE", "")
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.state").value("ACCEPTED"))
			.andExpect(jsonPath("$.availableTransitions", not(hasItem("FILE"))));
		approveAndGet(officer, id).andExpect(jsonPath("$.state").value("FILED"));
		transition(officer, id, "START_INVESTIGATION", "").andExpect(jsonPath("$.state").value("INVESTIGATING"));
		transition(officer, id, "DECIDE", """
				"decisionKind": "ADMINISTRATIVE_PENALTY", "reason": "处罚款500元" """)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decisionKind"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("裁量基准")));
		transition(officer, id, "DECIDE", """
				"decisionKind": "NO_PENALTY", "reason": "违法行为轻微并及时纠正，不予处罚" """)
			.andExpect(status().isAccepted());
		approveAndGet(officer, id).andExpect(jsonPath("$.state").value("DECIDED"))
			.andExpect(jsonPath("$.deadlines[0].status").value("MET"));
		transition(officer, id, "CLOSE", "").andExpect(status().isAccepted());
		approveAndGet(officer, id).andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.availableTransitions", hasSize(0)));

		mvc.perform(get("/api/v1/cases/{id}/timeline", id).with(user(officer)))
			.andExpect(jsonPath("$[*].eventType", hasItem("REGISTERED")))
			.andExpect(jsonPath("$[*].eventType", hasItem("ACCEPT")))
			.andExpect(jsonPath("$[*].eventType", hasItem("DECIDE")))
			.andExpect(jsonPath("$[*].eventType", hasItem("CLOSE")));
		Integer transitions = jdbc.queryForObject(
				"select count(*) from audit_log where object_type = 'CASE' and object_id = ? and action = 'CASE_TRANSITION'",
				Integer.class, String.valueOf(id));
		assertThat(transitions).isEqualTo(5);
		assertThat(auditRows(id)).isGreaterThan(auditBefore);
	}

	@Test
	void caseNumbersAreIssuedPerUnitAndYear() throws Exception {
		String number = JsonPath.read(mvc.perform(post("/api/v1/cases").with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(intake("ADMINISTRATIVE", "案一")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.caseNumber");
		assertThat(number).matches(bureau.stationOne().getCode() + "-\\d{4}-00001");
	}

	@Test
	void aFormMadeAgainstAnOlderVersionIsRefusedWithAConflictAndChangesNothing() throws Exception {
		long id = register(bureau.officer(), "ADMINISTRATIVE", "李某盗窃案");
		mvc.perform(post("/api/v1/cases/{id}/transitions", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"transition": "ACCEPT", "version": 7}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.stale"));
		mvc.perform(get("/api/v1/cases/{id}", id).with(user(bureau.officer())))
			.andExpect(jsonPath("$.state").value("REGISTERED"));
	}

	@Test
	void aTransitionThatDoesNotFitTheCurrentStateIsRefusedWithTheReason() throws Exception {
		long id = register(bureau.officer(), "ADMINISTRATIVE", "王某赌博案");
		transition(bureau.officer(), id, "CLOSE", "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("case.transition.notAllowed"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("待受案")));
	}

	@Test
	void decliningToFileNeedsAReason() throws Exception {
		long id = register(bureau.officer(), "ADMINISTRATIVE", "赵某案");
		transition(bureau.officer(), id, "ACCEPT", "").andExpect(status().isOk());
		addRecord(bureau.officer(), id);
		transition(bureau.officer(), id, "DECLINE_FILING", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		transition(bureau.officer(), id, "DECLINE_FILING", "\"reason\": \"无违法事实\"").andExpect(status().isAccepted());
		approveAndGet(bureau.officer(), id)
			.andExpect(jsonPath("$.state").value("NOT_FILED"))
			.andExpect(jsonPath("$.nonFilingReason").value("无违法事实"));
	}

	@Test
	void anInvalidIntakeGetsAMessagePerFieldAndNothingIsSaved() throws Exception {
		Integer before = jdbc.queryForObject("select count(*) from cases", Integer.class);
		mvc.perform(post("/api/v1/cases").with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "ADMINISTRATIVE", "title": "", "summary": "", "reportSource": "CALL_110",
					 "reporterPhone": "12345"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("summary")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reporterPhone")));
		assertThat(jdbc.queryForObject("select count(*) from cases", Integer.class)).isEqualTo(before);
	}

	@Test
	void malformedRequestsAreRefusedWithoutAServerError() throws Exception {
		mvc.perform(post("/api/v1/cases").with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"NOT_A_TYPE\""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/cases/abc").with(user(bureau.officer()))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/cases?state=NONSENSE").with(user(bureau.officer()))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/cases/999999999").with(user(bureau.officer()))).andExpect(status().isNotFound());
	}

	@Test
	void anOfficerWithoutAValidQualificationCannotHandleCases() throws Exception {
		long id = register(bureau.officer(), "ADMINISTRATIVE", "周某案");
		SignedInOfficer unqualified = bureau.unqualified();
		transition(bureau.officer(), id, "ACCEPT", "\"handlerId\": " + unqualified.officerId())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handlerId"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
					unqualified.name() + "（" + unqualified.getUsername() + "）")));
		mvc.perform(post("/api/v1/cases/{id}/transitions", id).with(user(bureau.officer())).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transition\": \"ACCEPT\", \"version\": 0, \"handlerId\": " + unqualified.officerId() + "}"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
					unqualified.name() + " (" + unqualified.getUsername() + ") holds no valid")));
		transition(bureau.unqualified(), id, "ACCEPT", "")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.qualification.required"));
	}

	@Test
	void onlyHandlersAndTheirReviewersMoveAnAcceptedCase() throws Exception {
		long id = register(bureau.officer(), "ADMINISTRATIVE", "吴某案");
		transition(bureau.officer(), id, "ACCEPT", "").andExpect(status().isOk());
		addRecord(bureau.officer(), id);
		transition(bureau.colleague(), id, "FILE", "").andExpect(status().isForbidden());
		transition(bureau.reviewer(), id, "FILE", "").andExpect(status().isAccepted());
		Integer denied = jdbc.queryForObject("select count(*) from audit_log where object_id = ? and outcome = 'DENIED'",
				Integer.class, String.valueOf(id));
		assertThat(denied).isEqualTo(1);
	}

	@Test
	void theEffectiveTimeMayLieInThePastButNeverBeforeThePreviousStep() throws Exception {
		Instant reported = Instant.now().minus(Duration.ofDays(40));
		long id = JsonPath.<Integer>read(mvc.perform(post("/api/v1/cases").with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "ADMINISTRATIVE", "title": "补录案", "summary": "补录", "reportSource": "WALK_IN",
					 "reportedAt": "%s"}""".formatted(reported)))
			.andReturn().getResponse().getContentAsString(), "$.id");
		transition(bureau.officer(), id, "ACCEPT", "\"effectiveAt\": \"%s\"".formatted(reported.minusSeconds(60)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveAt"));
		transition(bureau.officer(), id, "ACCEPT", "\"effectiveAt\": \"%s\"".formatted(reported.plusSeconds(3600)))
			.andExpect(jsonPath("$.deadlines[0].status").value("OVERDUE"));
		mvc.perform(get("/api/v1/cases?deadline=OVERDUE").with(user(bureau.officer())))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		mvc.perform(get("/api/v1/cases?deadline=DUE_SOON").with(user(bureau.officer())))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
	}

	@Test
	void aReportOrIncidentMoreThanTwentyYearsBackIsRefusedAsASlipAndNumbersNoCase() throws Exception {
		Integer before = jdbc.queryForObject("select count(*) from cases", Integer.class);
		mvc.perform(post("/api/v1/cases").with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "ADMINISTRATIVE", "title": "年份误录案", "summary": "补录", "reportSource": "WALK_IN",
					 "reportedAt": "1901-01-01T00:00:00Z"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reportedAt"))
			.andExpect(jsonPath("$.errors[0].message").value("报案时间不能早于二十年前"));
		mvc.perform(post("/api/v1/cases").with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "ADMINISTRATIVE", "title": "年份误录案", "summary": "补录", "reportSource": "WALK_IN",
					 "occurredAt": "1900-01-01T00:00:00Z"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
		assertThat(jdbc.queryForObject("select count(*) from cases", Integer.class)).isEqualTo(before);
	}

	/** Signs the case's pending approval to the end, then reads the case. */
	private ResultActions approveAndGet(SignedInOfficer officer, long id) throws Exception {
		approvals.approveAll(approvals.pendingOn(id));
		return mvc.perform(get("/api/v1/cases/{id}", id).with(user(officer)));
	}

	private long register(SignedInOfficer officer, String type, String title) throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content(intake(type, title)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static String intake(String type, String title) {
		return """
				{"type": "%s", "title": "%s", "summary": "报警人称被打", "reportSource": "CALL_110",
				 "reporterName": "刘某", "reporterPhone": "13800001111", "occurredPlace": "东湖路"}""".formatted(type, title);
	}

	ResultActions transition(SignedInOfficer officer, long id, String transition, String extra) throws Exception {
		long version = ((Number) JsonPath.read(mvc.perform(get("/api/v1/cases/{id}", id).with(user(officer)))
			.andReturn().getResponse().getContentAsString(), "$.version")).longValue();
		String body = "{\"transition\": \"%s\", \"version\": %d%s}".formatted(transition, version,
				extra.isBlank() ? "" : ", " + extra);
		return mvc.perform(post("/api/v1/cases/{id}/transitions", id).with(user(officer))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** The inquiry record an approval request gives its signers to read. */
	private void addRecord(SignedInOfficer officer, long id) throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/materials", id).with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "INQUIRY_RECORD", "title": "报警人询问笔录", "body": "问：经过？答：被打。"}"""))
			.andExpect(status().isCreated());
	}

	private long auditRows(long caseId) {
		return jdbc.queryForObject("select count(*) from audit_log where object_type = 'CASE' and object_id = ?",
				Long.class, String.valueOf(caseId));
	}
}
