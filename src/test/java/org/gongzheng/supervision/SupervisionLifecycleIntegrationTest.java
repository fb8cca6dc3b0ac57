package org.gongzheng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.supervision.alerts.Escalations;

/**
 * Idempotent runs, the alert's way from raised to closed (with a rejected round), escalation,
 * rule editing and the API's refusals.
 */
@IntegrationTest
class SupervisionLifecycleIntegrationTest {

	private final MockMvc mvc;

	private final SupervisionEngine engine;

	private final Escalations escalations;

	private final SupervisionData data;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SupervisionLifecycleIntegrationTest(MockMvc mvc, SupervisionEngine engine, Escalations escalations, SupervisionData data,
			Fixtures fixtures, JdbcTemplate jdbc, Clock clock) {
		this.mvc = mvc;
		this.engine = engine;
		this.escalations = escalations;
		this.data = data;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private long lateIntake(Fixtures.Bureau b) {
		return data.registered(b, clock.instant().minus(Duration.ofHours(30)));
	}

	private List<Long> alertsOf(long caseId) {
		return jdbc.queryForList("SELECT id FROM supervision_alerts WHERE subject_key = ? ORDER BY id", Long.class, "case:" + caseId);
	}

	/** The alert a day-late intake raises in one supervision run. */
	private long raisedAlert(Fixtures.Bureau b) {
		long caseId = lateIntake(b);
		engine.run("TEST");
		return alertsOf(caseId).get(0);
	}

	private String statusOf(long alertId) {
		return jdbc.queryForObject("SELECT status FROM supervision_alerts WHERE id = ?", String.class, alertId);
	}

	private long versionOf(long alertId) {
		return jdbc.queryForObject("SELECT version FROM supervision_alerts WHERE id = ?", Long.class, alertId);
	}

	@Test
	void twoRunsMakeOneAlertAndAnUntouchedAlertClosesItselfWhenItsConditionGoesAway() {
		Fixtures.Bureau b = fixtures.bureau();
		long caseId = lateIntake(b);
		engine.run("TEST");
		RunSummary second = engine.run("TEST");
		assertThat(alertsOf(caseId)).hasSize(1);
		assertThat(second.stillOpen()).isPositive();
		long alert = alertsOf(caseId).get(0);
		Instant firstSeen = jdbc.queryForObject("SELECT raised_at FROM supervision_alerts WHERE id = ?", java.sql.Timestamp.class, alert)
			.toInstant();
		Instant lastSeen = jdbc.queryForObject("SELECT last_seen_at FROM supervision_alerts WHERE id = ?", java.sql.Timestamp.class,
				alert).toInstant();
		assertThat(lastSeen).isAfter(firstSeen);

		jdbc.update("UPDATE cases SET state = 'ACCEPTED', accepted_at = now() WHERE id = ?", caseId);
		engine.runForCase(caseId, "TEST");
		assertThat(statusOf(alert)).isEqualTo("CLOSED");
		assertThat(jdbc.queryForList("SELECT kind FROM supervision_alert_events WHERE alert_id = ? ORDER BY id", String.class, alert))
			.containsExactly("RAISED", "AUTO_CLOSED");

		jdbc.update("UPDATE cases SET state = 'REGISTERED', accepted_at = NULL WHERE id = ?", caseId);
		engine.run("TEST");
		assertThat(alertsOf(caseId)).hasSize(2);
	}

	@Test
	void anAlertUnderRectificationStaysOpenButShowsItsConditionCleared() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long caseId = lateIntake(b);
		engine.run("TEST");
		long alert = alertsOf(caseId).get(0);
		mvc.perform(post("/api/v1/supervision/alerts/{id}/assign", alert).with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.assignedTo").value(b.officer().officerId()));
		jdbc.update("UPDATE cases SET state = 'ACCEPTED', accepted_at = now() WHERE id = ?", caseId);
		engine.runForCase(caseId, "TEST");
		assertThat(statusOf(alert)).isEqualTo("ASSIGNED");
		assertThat(jdbc.queryForObject("SELECT condition_cleared_at IS NOT NULL FROM supervision_alerts WHERE id = ?", Boolean.class,
				alert)).isTrue();
	}

	@Test
	void legalAssignsTheOfficerRectifiesLegalRejectsTheOfficerRectifiesAgainAndLegalAccepts() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = raisedAlert(b);

		mvc.perform(post("/api/v1/supervision/alerts/{id}/rectify", alert).with(user(b.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"explanation\": \"已受案\", \"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/supervision/alerts/{id}/assign", alert).with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assigneeId\": %d, \"version\": %d}".formatted(b.colleague().officerId(), versionOf(alert))))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/supervision/alerts/{id}/rectify", alert).with(user(b.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"explanation\": \"已受案\", \"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/supervision/alerts/{id}/rectify", alert).with(user(b.colleague()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"explanation\": \" \", \"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("explanation"));
		mvc.perform(post("/api/v1/supervision/alerts/{id}/rectify", alert).with(user(b.colleague()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"explanation\": \"已补录受案登记\", \"evidence\": \"受案登记表\", \"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECTIFICATION_SUBMITTED"));
		long stale = versionOf(alert) - 1;
		mvc.perform(post("/api/v1/supervision/alerts/{id}/reopen", alert).with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"未附受案登记表\", \"version\": %d}".formatted(stale)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/supervision/alerts/{id}/reopen", alert).with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\", \"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/supervision/alerts/{id}/verify", alert).with(user(b.leader()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/supervision/alerts/{id}/reopen", alert).with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"未附受案登记表\", \"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REOPENED"));
		mvc.perform(post("/api/v1/supervision/alerts/{id}/rectify", alert).with(user(b.colleague()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"explanation\": \"已补录并附受案登记表\", \"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/supervision/alerts/{id}/verify", alert).with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"同意\", \"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));

		mvc.perform(get("/api/v1/supervision/alerts/{id}", alert).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rectifications.length()").value(2))
			.andExpect(jsonPath("$.rectifications[0].verdict").value("REJECTED"))
			.andExpect(jsonPath("$.rectifications[1].verdict").value("ACCEPTED"))
			.andExpect(jsonPath("$.history[*].kind", Matchers.contains("RAISED", "ASSIGNED", "RECTIFICATION_SUBMITTED", "REOPENED",
					"RECTIFICATION_SUBMITTED", "VERIFIED")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE object_type = 'SUPERVISION_ALERT' AND object_id = ?",
				Integer.class, String.valueOf(alert))).isEqualTo(5);
	}

	@Test
	void anOfficerOfAnotherBureauNeitherSeesNorActsOnTheAlert() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		Fixtures.Bureau other = fixtures.bureau();
		long caseId = lateIntake(b);
		engine.run("TEST");
		long alert = alertsOf(caseId).get(0);
		mvc.perform(get("/api/v1/supervision/alerts/{id}", alert).with(user(other.legal())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/supervision/alerts/{id}/assign", alert).with(user(other.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/supervision/alerts/{id}", alert).with(user(other.officer()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/alerts").param("caseId", String.valueOf(caseId)).with(user(other.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/supervision/alerts").param("caseId", String.valueOf(caseId)).with(user(b.leader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(post("/api/v1/supervision/alerts/{id}/assign", alert).with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assigneeId\": %d, \"version\": %d}".formatted(other.officer().officerId(), versionOf(alert))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
	}

	@Test
	void anAlertIsAssignedOnlyWithinItsOwnUnitEvenByAnAssignerWhoseScopeIsWider() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = raisedAlert(b);
		long version = versionOf(alert);
		mvc.perform(post("/api/v1/supervision/alerts/{id}/assign", alert).with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assigneeId\": %d, \"version\": %d}".formatted(b.otherStationOfficer().officerId(), version)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("assigneeId")));
		mvc.perform(post("/supervision/alerts/{id}/assign", alert).with(user(b.legal())).with(csrf())
			.param("version", String.valueOf(version)).param("assigneeId", String.valueOf(b.otherStationOfficer().officerId())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"assigneeId-error\">请选择告警所属单位（含下属单位）的在职民警")));
		assertThat(versionOf(alert)).isEqualTo(version);
		assertThat(statusOf(alert)).isEqualTo("RAISED");
		mvc.perform(get("/api/v1/supervision/alerts/{id}", alert).with(user(b.otherStationOfficer())))
			.andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/supervision/alerts/{id}/assign", alert).with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assigneeId\": %d, \"version\": %d}".formatted(b.stationChief().officerId(), version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignedTo").value(b.stationChief().officerId()));
	}

	@Test
	void anOverdueRectificationEscalatesToTheUnitLeaderAndLaterToTheLegalDepartmentOnce() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long caseId = lateIntake(b);
		engine.run("TEST");
		long alert = alertsOf(caseId).get(0);
		mvc.perform(post("/api/v1/supervision/alerts/{id}/assign", alert).with(user(b.leader()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": %d}".formatted(versionOf(alert))))
			.andExpect(status().isOk());
		jdbc.update("UPDATE supervision_alerts SET due_at = now() - interval '1 hour' WHERE id = ?", alert);
		escalations.escalate();
		escalations.escalate();
		assertThat(jdbc.queryForObject("SELECT escalation_level FROM supervision_alerts WHERE id = ?", Integer.class, alert))
			.isEqualTo(1);
		mvc.perform(get("/supervision/my-rectifications").with(user(b.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("alert-" + alert)));

		jdbc.update("UPDATE supervision_alerts SET escalated_at = now() - interval '4 days' WHERE id = ?", alert);
		escalations.escalate();
		escalations.escalate();
		assertThat(jdbc.queryForObject("SELECT escalation_level FROM supervision_alerts WHERE id = ?", Integer.class, alert))
			.isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT note FROM supervision_alert_events WHERE alert_id = ? AND kind = 'ESCALATED' ORDER BY id",
				String.class, alert)).containsExactly("LEADER", "LEGAL");
		mvc.perform(get("/api/v1/supervision/alerts").param("escalated", "true").param("caseId", String.valueOf(caseId))
			.with(user(b.legal())))
			.andExpect(jsonPath("$.content[0].escalationLevel").value(2));
	}

	@Test
	void ruleEditsAreValidatedPerFieldAuditedAndRefusedToOthersAndOnStaleVersions() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long version = jdbc.queryForObject("SELECT version FROM supervision_rules WHERE code = 'SIGNED_TOO_FAST'", Long.class);
		mvc.perform(put("/api/v1/supervision/rules/SIGNED_TOO_FAST").with(user(b.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": true, \"severity\": \"HIGH\", \"rectificationDays\": 7, \"parameters\": {\"minSeconds\": 60}, \"version\": %d}"
				.formatted(version)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/supervision/rules/SIGNED_TOO_FAST").with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": true, \"severity\": \"HIGH\", \"rectificationDays\": 0, \"parameters\": {\"minSeconds\": 0, \"speed\": 1}, \"version\": %d}"
				.formatted(version)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("rectificationDays", "parameters.speed",
					"parameters.minSeconds")));
		mvc.perform(put("/api/v1/supervision/rules/SIGNED_TOO_FAST").with(user(b.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": true, \"severity\": \"HIGH\", \"rectificationDays\": 7, \"parameters\": {\"minSeconds\": 60}, \"version\": %d}"
				.formatted(version + 5)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("审批签字过快")));
		mvc.perform(put("/api/v1/supervision/rules/SIGNED_TOO_FAST").with(user(b.legal())).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": true, \"severity\": \"HIGH\", \"rectificationDays\": 7, \"parameters\": {\"minSeconds\": 60}, \"version\": %d}"
				.formatted(version + 5)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(Matchers.startsWith("Approval signed suspiciously fast was changed")));
		mvc.perform(post("/supervision/rules/FILED_WITHOUT_REQUIRED_MATERIALS").with(user(b.legal())).with(csrf())
			.param("enabled", "true").param("severity", "MEDIUM").param("rectificationDays", "7").param("version", "0")
			.param("params[graceHours]", "24").param("params[requiredMaterials]", "{\"DECIDED\": [\"NO_SUCH_TYPE\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("param-requiredMaterials-error")));
		try {
			mvc.perform(put("/api/v1/supervision/rules/SIGNED_TOO_FAST").with(user(b.legal()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\": true, \"severity\": \"HIGH\", \"rectificationDays\": 7, \"parameters\": {\"minSeconds\": 60}, \"version\": %d}"
					.formatted(version)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.severity").value("HIGH"))
				.andExpect(jsonPath("$.version").value(version + 1));
			assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'SUPERVISION_RULE_UPDATE' AND object_id = 'SIGNED_TOO_FAST'",
					Integer.class)).isPositive();
		}
		finally {
			jdbc.update("UPDATE supervision_rules SET severity = 'MEDIUM', rectification_days = 7, parameters = '{\"minSeconds\": 60}' WHERE code = 'SIGNED_TOO_FAST'");
		}
	}

	@Test
	void theDeskShowsTheScopeToLegalAndLeadersKeepsARankingsSlotAndIsClosedToOfficers() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		lateIntake(b);
		mvc.perform(post("/supervision/run").with(user(b.legal())).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/supervision").with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("hx-get=\"/supervision/rankings/summary\"")))
			.andExpect(content().string(Matchers.containsString("open-by-rule")))
			.andExpect(content().string(Matchers.containsString("data-chart")));
		mvc.perform(get("/webjars/echarts/echarts.min.js").with(user(b.legal()))).andExpect(status().isOk());
		mvc.perform(get("/supervision").param("rule", "INTAKE_NOT_ACCEPTED").param("open", "false").param("page", "0")
			.with(user(b.leader())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("alert-")));
		mvc.perform(get("/supervision").with(user(b.officer()))).andExpect(status().isForbidden());
		mvc.perform(post("/supervision/run").with(user(b.leader())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/supervision/rules").with(user(b.legal()))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("《公安机关办理行政案件程序规定》第六十一条")));
		mvc.perform(get("/supervision/rules/INTAKE_NOT_ACCEPTED").param("lang", "en").with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Handling Administrative Cases by Public Security Organs, art. 61")));
		mvc.perform(get("/api/v1/supervision/rules").with(user(b.legal())))
			.andExpect(jsonPath("$[?(@.code == 'INTAKE_NOT_ACCEPTED')].citationEn").value(
					Matchers.hasItem(Matchers.startsWith("Provisions on the Procedures for Handling Administrative Cases"))));
		mvc.perform(get("/api/v1/supervision/runs").with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].trigger").exists());
		mvc.perform(post("/api/v1/supervision/runs").with(user(b.legal()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.runId").isNumber());
		mvc.perform(get("/supervision/my-rectifications").with(user(b.officer()))).andExpect(status().isOk());
	}

	@Test
	void theAlertPageShowsFormsAndInlineErrorsForTheStepTheReaderMayTake() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long caseId = lateIntake(b);
		engine.run("TEST");
		long alert = alertsOf(caseId).get(0);
		mvc.perform(get("/supervision/alerts/{id}", alert).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("href=\"/supervision\"")))
			.andExpect(content().string(Matchers.containsString("assign-card")))
			.andExpect(content().string(Matchers.containsString("/cases/" + caseId)));
		mvc.perform(post("/supervision/alerts/{id}/assign", alert).with(user(b.legal())).with(csrf())
			.param("version", String.valueOf(versionOf(alert))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/supervision/alerts/{id}/rectify", alert).with(user(b.officer())).with(csrf())
			.param("version", String.valueOf(versionOf(alert))).param("explanation", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("explanation-error")));
		mvc.perform(post("/supervision/alerts/{id}/rectify", alert).with(user(b.officer())).with(csrf())
			.param("version", String.valueOf(versionOf(alert) - 1)).param("explanation", "已受案"))
			.andExpect(status().isConflict());
		mvc.perform(get("/supervision/my-rectifications").with(user(b.officer())))
			.andExpect(content().string(Matchers.containsString("alert-" + alert)));
		mvc.perform(get("/supervision/alerts/{id}", alert).with(user(b.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/supervision\""))))
			.andExpect(content().string(Matchers.containsString("href=\"/supervision/my-rectifications\"")));
		mvc.perform(multipart("/supervision/alerts/{id}/rectify", alert)
			.file(new MockMultipartFile("evidenceFile", "受案登记表.pdf", "application/pdf", "%PDF-1.4 受案登记表".getBytes(StandardCharsets.UTF_8)))
			.param("version", String.valueOf(versionOf(alert))).param("explanation", "已受案，附登记表")
			.with(user(b.officer())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/supervision/alerts/{id}/rectifications/1/file", alert).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().bytes("%PDF-1.4 受案登记表".getBytes(StandardCharsets.UTF_8)));
		mvc.perform(get("/supervision/alerts/{id}", alert).with(user(b.legal())))
			.andExpect(content().string(Matchers.containsString("verify-card")));
		mvc.perform(get("/supervision/my-work").with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("RECTIFICATION_SUBMITTED")));
	}

	@Test
	void anAlertStepWithTextHoldingNulOrAnUnreadableAssigneeIsRefusedBesideItsFieldAndChangesNothing() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = raisedAlert(b);
		long version = versionOf(alert);
		mvc.perform(post("/supervision/alerts/{id}/assign", alert).with(user(b.legal())).with(csrf())
			.param("version", String.valueOf(version)).param("assigneeId", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"assigneeId-error\">填写或选择的值无效")))
			.andExpect(content().string(Matchers.containsString("id=\"form-invalid\"")));
		mvc.perform(post("/supervision/alerts/{id}/assign", alert).with(user(b.legal())).with(csrf())
			.param("version", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("“version”的取值“abc”无法识别")));
		mvc.perform(post("/supervision/alerts/{id}/assign", alert).with(user(b.legal())).with(csrf())
			.param("version", String.valueOf(version)).param("note", "另一表单的\u0000字段"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("提交的文字中含有无法保存的空字符（NUL），未保存。")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("assign-card"))));
		assertThat(versionOf(alert)).isEqualTo(version);
		mvc.perform(post("/supervision/alerts/{id}/assign", alert).with(user(b.legal())).with(csrf())
			.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/supervision/alerts/{id}/rectify", alert).with(user(b.officer())).with(csrf())
			.param("version", String.valueOf(versionOf(alert))).param("explanation", "已\u0000受案")
			.param("evidence", "受案登记表"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"explanation-error\">不能包含空字符（NUL）")))
			.andExpect(content().string(Matchers.containsString("提交的文字中含有无法保存的空字符（NUL），未保存。")))
			.andExpect(content().string(Matchers.containsString("受案登记表")));
		assertThat(statusOf(alert)).isEqualTo("ASSIGNED");
	}
}
