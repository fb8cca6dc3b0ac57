package org.gongzheng.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.IntegrationTest;
import org.gongzheng.TestDatabase;
import org.gongzheng.audit.AuditVerification;
import org.gongzheng.audit.internal.AuditVerifier;
import org.gongzheng.organization.internal.AccountDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo data as a fresh start loads it, in a database of its own. */
@IntegrationTest
class DemoDataIntegrationTest {

	@DynamicPropertySource
	static void demoDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.url("gongzheng_demo"));
		registry.add("gongzheng.demo.enabled", () -> "true");
	}

	private final JdbcTemplate jdbc;

	private final MockMvc mvc;

	private final List<ApplicationRunner> runners;

	private final AuditVerifier verifier;

	private final AccountDetailsService accounts;

	DemoDataIntegrationTest(JdbcTemplate jdbc, MockMvc mvc, List<ApplicationRunner> runners, AuditVerifier verifier,
			AccountDetailsService accounts) {
		this.jdbc = jdbc;
		this.mvc = mvc;
		this.runners = runners;
		this.verifier = verifier;
		this.accounts = accounts;
	}

	@Test
	void aFictionalCityBureauWithEveryRoleIsSeeded() {
		assertThat(count("select count(*) from units")).isEqualTo(14);
		assertThat(count("select count(*) from units where kind in ('STATION', 'SQUADRON')")).isEqualTo(8);
		assertThat(count("select count(*) from units where kind = 'SUB_BUREAU'")).isEqualTo(3);
		assertThat(count("select count(*) from officers")).isEqualTo(47);
		assertThat(jdbc.queryForList("select distinct role from account_roles", String.class))
			.containsExactlyInAnyOrder("OFFICER", "REVIEWER", "LEGAL", "LEADER", "ADMIN");
	}

	@Test
	void twoHundredCasesCoverEveryStateAndDeadlineSituation() {
		assertThat(count("select count(*) from cases")).isEqualTo(200);
		assertThat(jdbc.queryForList("select distinct state from cases", String.class))
			.containsExactlyInAnyOrder("REGISTERED", "ACCEPTED", "FILED", "NOT_FILED", "INVESTIGATING", "DECIDED", "CLOSED",
					"REVOKED");
		assertThat(count("select count(*) from case_deadlines where closed_at is null and due_at < now()")).isPositive();
		assertThat(count("select count(*) from case_deadlines where closed_at is null and due_at between now() and now() + interval '3 days'"))
			.isPositive();
		assertThat(count("select count(*) from case_deadlines where closed_at is null and due_at > now() + interval '3 days'"))
			.isPositive();
		assertThat(jdbc.queryForList("select distinct rule_code from case_deadlines", String.class))
			.contains("ADMIN_CASE_HANDLING", "QUESTIONING", "ARREST_REQUEST");
		assertThat(count("select count(*) from cases where state = 'REGISTERED' and reported_at < now() - interval '1 day'"))
			.isPositive();
	}

	@Test
	void seedingAgainChangesNothingAndTheAuditChainHolds() throws Exception {
		for (ApplicationRunner runner : runners) {
			runner.run(null);
		}
		assertThat(count("select count(*) from cases")).isEqualTo(200);
		assertThat(count("select count(*) from officers")).isEqualTo(47);
		AuditVerification result = verifier.verify();
		assertThat(result.intact()).isTrue();
		// The one signature the supervision demo stages in SQL (signed seconds after opening the file) is
		// the only one no audit row vouches for; every other demo signature went through the application.
		assertThat(result.unattestedCount()).isEqualTo(1);
		assertThat(result.unattested().get(0).firstIds()).containsExactly(
				count("select min(s.id) from approval_signatures s where s.material_hashes = ''"));
	}

	@Test
	void onSiteAndOrdinaryPenaltyDecisionsAndReceiptsAreSeededThroughTheirServices() {
		assertThat(jdbc.queryForList("""
				select d.document_number from onsite_decisions d join officers o on o.id = d.officer_id
				where o.police_number = '510102' order by d.id""", String.class))
			.hasSize(4).allSatisfy(number -> assertThat(number).startsWith("青公（交）行罚决字〔"));
		assertThat(count("select count(*) from point_records")).isEqualTo(4);
		assertThat(count("""
				select count(*) from penalty_decisions where status = 'PENDING_APPROVAL' and out_of_range
				and approval_action = 'PENALTY_MAJOR' and deviation_reason is not null""")).isEqualTo(1);
		assertThat(count("""
				select count(*) from penalty_decisions where status = 'PENDING_APPROVAL' and not out_of_range
				and approval_action = 'PENALTY_ORDINARY'""")).isEqualTo(1);
		assertThat(count("select count(*) from legal_documents where type = 'ACCEPTANCE_RECEIPT'")).isEqualTo(3);
		// The decision changed after its approval: its facts are the case's, not a penalty of another amount.
		assertThat(jdbc.queryForObject("""
				select d.facts = c.summary and d.facts not like '%处罚款%' from penalty_decisions d join cases c on c.id = d.case_id
				where d.status = 'ISSUED' and d.fine_fen = 30000""", Boolean.class)).isTrue();
	}

	@Test
	void oneFilingReviewIsOverdueSoTheQueuesShowIt() throws Exception {
		assertThat(count("select count(*) from approval_requests where status = 'PENDING' and current_due_at < now()"))
			.isEqualTo(1);
		mvc.perform(get("/api/v1/approvals/queue").with(httpBasic("100001", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overdueInScope.length()").value(1))
			.andExpect(jsonPath("$.overdueInScope[0].overdue").value(true))
			.andExpect(jsonPath("$.overdueInScope[0].nobodyCanSign").value(true));
	}

	@Test
	void anOfficersLawEnforcementRecordNamesTheStateOfEachAlertInWords() throws Exception {
		long officer = jdbc.queryForObject("select id from officers where police_number = '510102'", Long.class);
		mvc.perform(get("/supervision/records/officers/" + officer).with(user(accounts.loadUserByUsername("510102"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">待交办</td>")))
			.andExpect(content().string(not(containsString(">RAISED</td>"))));
	}

	@Test
	void demoSignaturesFollowTheirCasesStoryInsteadOfAllCarryingTheTimeOfSeeding() {
		assertThat(count("select count(*) from approval_signatures")).isGreaterThan(100);
		assertThat(count("""
				select count(*) from approval_signatures s join approval_requests r on r.id = s.request_id
				where s.signed_at < r.submitted_at""")).isZero();
		assertThat(count("""
				select count(*) from approval_signatures s join cases c on c.id = s.case_id
				where s.materials_first_opened_at > s.signed_at or s.materials_first_opened_at < c.created_at""")).isZero();
		// The closing's own signatures come after the time it takes effect, which the handler names.
		String signedBeforeClosing = """
				select count(*) from approval_signatures s join case_timeline t on t.case_id = s.case_id
				where t.event_type = 'CLOSE' and s.action <> 'CLOSING' and s.signed_at %s t.effective_at""";
		assertThat(count(signedBeforeClosing.formatted("<"))).isGreaterThan(20);
		assertThat(count(signedBeforeClosing.formatted(">"))).isZero();
		assertThat(count("select count(distinct (signed_at at time zone 'Asia/Shanghai')::date) from approval_signatures"))
			.isGreaterThan(30);
	}

	@Test
	void theDemoLoginsListedInTheReadmeWork() throws Exception {
		for (String login : new String[] { "210102", "210101", "200001", "110001", "100001", "100003", "510102" }) {
			mvc.perform(get("/api/v1/me").with(httpBasic(login, "demo1234")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(login));
		}
	}

	@Test
	void theSupervisionDeskFindsEveryRuleTypeAndAlertsInEveryLifecycleState() throws Exception {
		assertThat(jdbc.queryForList("select distinct rule_code from supervision_alerts", String.class))
			.containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select code from supervision_rules", String.class));
		assertThat(jdbc.queryForList("select distinct status from supervision_alerts", String.class))
			.contains("RAISED", "ASSIGNED", "RECTIFICATION_SUBMITTED", "REOPENED", "CLOSED");
		assertThat(count("select count(*) from supervision_alerts where escalation_level = 1")).isPositive();
		assertThat(count("select count(*) from supervision_alerts where escalation_level = 2")).isPositive();
		assertThat(count("""
				select count(*) from supervision_alerts a join officers o on o.id = a.assigned_to
				where o.police_number = '210102' and a.status <> 'CLOSED'""")).isGreaterThanOrEqualTo(4);
		mvc.perform(get("/api/v1/supervision/alerts").param("status", "RECTIFICATION_SUBMITTED").with(httpBasic("110001", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/supervision/alerts").param("escalated", "true").with(httpBasic("210101", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2));
		for (String login : new String[] { "110001", "100001" }) {
			org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
					.param("username", login).param("password", "demo1234")
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andReturn().getRequest().getSession();
			mvc.perform(get("/supervision").session(session)).andExpect(status().isOk());
			mvc.perform(get("/supervision/rules").session(session)).andExpect(status().isOk());
		}
	}

	@Test
	void demoCasesAreEvaluatedSomeFailAndTheHandlersSeeTheirQuality() throws Exception {
		assertThat(count("select count(*) from case_evaluations where status = 'SCORED'")).isPositive();
		assertThat(count("select count(*) from case_evaluations where grade = 'FAIL'")).isPositive();
		assertThat(count("select count(*) from case_evaluations where grade in ('PASS', 'EXCELLENT')")).isPositive();
		mvc.perform(get("/api/v1/supervision/evaluations").with(httpBasic("110001", "demo1234")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").isNumber());
	}

	@Test
	void everyDemoStationButTheSuspendedChiefsHasSomeoneToReviewItsChiefsOwnCases() throws Exception {
		mvc.perform(get("/api/v1/approvals/chains/staffing").with(httpBasic("110001", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[*].code").value(contains("990104510000")));
	}

	@Test
	void aDemoReviewerWithThreeBottomPlacementsThisYearCannotSignAndAStationHasAYellowCard() throws Exception {
		assertThat(count("select count(*) from ranking_snapshots where demo")).isEqualTo(3);
		String sanctioned = jdbc.queryForObject("""
				select o.police_number from reviewer_sanctions s join officers o on o.id = s.officer_id""", String.class);
		assertThat(sanctioned).as("the head the README names").isEqualTo("410101");
		assertThat(jdbc.queryForObject("""
				select count(*) from ranking_reviewer_entries e join ranking_snapshots s on s.id = e.snapshot_id
				join officers o on o.id = e.officer_id
				where o.police_number = ? and e.bottom and extract(year from s.month) = extract(year from now())""", Long.class,
				sanctioned)).isEqualTo(3);
		assertThat(jdbc.queryForObject("select approval_rights_suspended from officers where police_number = ?", Boolean.class,
				sanctioned)).isTrue();
		// A link he would otherwise sign is waiting in his station, so the refusal shows on the approval page.
		assertThat(jdbc.queryForObject("""
				select count(*) from approval_requests r join officers o on o.police_number = ?
				join units u on u.id = o.unit_id
				where r.case_unit_path like u.path || '%' and r.status = 'PENDING' and r.current_link = 1""", Long.class,
				sanctioned)).isPositive();
		assertThat(jdbc.queryForObject("""
				select count(*) from yellow_cards y join officers o on o.unit_id = y.unit_id
				where o.police_number = ? and y.lifted_at is null""", Long.class, sanctioned)).isEqualTo(1);
		mvc.perform(get("/api/v1/supervision/rankings").with(httpBasic("210102", "demo1234"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/supervision/sanctions").with(httpBasic("110001", "demo1234")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].policeNumber").value(sanctioned));
	}

	@Test
	void oneDemoFaultIsDecidedWithTheHandlerResponsible() {
		assertThat(count("select count(*) from enforcement_faults where status = 'DECIDED'")).isEqualTo(1);
		assertThat(count("""
				select count(*) from fault_responsibilities where link_kind = 'HANDLER' and responsible and outcome = 'CRITICISM'"""))
			.isEqualTo(1);
		assertThat(count("select count(*) from fault_responsibilities where link_kind = 'SIGNATURE' and responsible")).isEqualTo(1);
	}

	@Test
	void theDemoCameraClipsCoverAllButTheLastOnSiteStop() {
		assertThat(count("select count(*) from bodycam_clips where device_code = 'DSJ-5101'")).isEqualTo(3);
		assertThat(count("""
				select count(*) from supervision_alerts where rule_code = 'ONSITE_WITHOUT_BODYCAM' and status <> 'CLOSED'"""))
			.isEqualTo(1);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}
}
