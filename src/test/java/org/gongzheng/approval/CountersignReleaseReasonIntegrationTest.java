package org.gongzheng.approval;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.Workbooks;
import org.gongzheng.approval.internal.CountersignChecks;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.ApprovalRights;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.OrganizationAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A named leader is released from the countersign link after the other approved; the record says
 * which cause stopped them, not only which rule: the rules on role and on qualification each cover
 * several, and what is to be done differs between them.
 */
@IntegrationTest
class CountersignReleaseReasonIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestApprovals testApprovals;

	private final TestCases testCases;

	private final ApprovalRights rights;

	private final OrganizationAdministration administration;

	private final CountersignChecks checks;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private LawCase lawCase;

	private long requestId;

	private long released;

	CountersignReleaseReasonIntegrationTest(MockMvc mvc, Fixtures fixtures, TestApprovals testApprovals,
			TestCases testCases, ApprovalRights rights,
			OrganizationAdministration administration, CountersignChecks checks, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testApprovals = testApprovals;
		this.testCases = testCases;
		this.rights = rights;
		this.administration = administration;
		this.checks = checks;
		this.jdbc = jdbc;
	}

	/** A major penalty at its countersign link; one leader has approved, the other is still named. */
	@BeforeEach
	void oneLeaderApproved() throws Exception {
		bureau = fixtures.bureau();
		lawCase = testCases.acceptedWithRecord(bureau, "免签原因案");
		requestId = testApprovals.submitMajorFine(bureau.officer(), lawCase.getId(), "91");
		signAfterReading(bureau.stationChief()).andExpect(status().isOk());
		signAfterReading(bureau.secondLegal()).andExpect(jsonPath("$.currentLink").value(3));
		signAfterReading(bureau.leader()).andExpect(jsonPath("$.status").value("PENDING"));
		released = bureau.secondLeader().officerId();
	}

	@Test
	void aLapsedQualificationIsToldWithTheDayItExpiredInBothLanguagesOnEveryRecordOfTheRelease() throws Exception {
		LocalDate until = releasedByTheDailyCheck("qualification_valid_until = current_date - 3");

		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.releasedSigners[0].reason").value("approval.qualification"))
			.andExpect(jsonPath("$.releasedSigners[0].cause").value("QUALIFICATION_LAPSED"))
			.andExpect(jsonPath("$.releasedSigners[0].qualificationValidUntil").value(until.toString()))
			.andExpect(jsonPath("$.releasedSigners[0].reasonMessage").value("执法资格已于 " + until + " 到期失效"));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).header("Accept-Language", "en").with(user(bureau.legal())))
			.andExpect(jsonPath("$.releasedSigners[0].reasonMessage").value("qualification expired on " + until));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(content().string(containsString("执法资格已于 " + until + " 到期失效")));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("(qualification expired on " + until + ")")));

		// The case's record and the officer's lifelong record, on the page, in the API and exported.
		mvc.perform(get("/api/v1/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(jsonPath("$.requests[0].releasedSigners[0].cause").value("QUALIFICATION_LAPSED"))
			.andExpect(jsonPath("$.requests[0].releasedSigners[0].reasonMessage").value("执法资格已于 " + until + " 到期失效"));
		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("qualification expired on " + until)));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/releases", released).header("Accept-Language", "en")
			.with(user(bureau.legal())))
			.andExpect(jsonPath("$.content[0].cause").value("QUALIFICATION_LAPSED"))
			.andExpect(jsonPath("$.content[0].qualificationValidUntil").value(until.toString()))
			.andExpect(jsonPath("$.content[0].reasonMessage").value("qualification expired on " + until));
		mvc.perform(get("/approvals/records/officers/{o}", released).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("Qualification expired on " + until)));
		mvc.perform(get("/approvals/records/officers/{o}", released).with(user(bureau.legal())))
			.andExpect(content().string(containsString("执法资格已于 " + until + " 到期失效")));
		byte[] xlsx = mvc.perform(get("/approvals/records/officers/{o}.xlsx", released).with(user(bureau.legal())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.text(xlsx)).contains("执法资格已于 " + until + " 到期失效");
		assertThat(jdbc.queryForObject("""
				select details from audit_log where action = 'APPROVAL_COUNTERSIGNER_RELEASED' and object_id = ?""",
				String.class, String.valueOf(requestId))).contains("QUALIFICATION_LAPSED valid until " + until);
	}

	@Test
	void aQualificationBelowTheLinksMinimumNamesBothLevels() throws Exception {
		releasedByTheDailyCheck("qualification_level = 'INTERMEDIATE'");

		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.releasedSigners[0].cause").value("QUALIFICATION_BELOW"))
			.andExpect(jsonPath("$.releasedSigners[0].qualification").value("INTERMEDIATE"))
			.andExpect(jsonPath("$.releasedSigners[0].minQualification").value("ADVANCED"))
			.andExpect(jsonPath("$.releasedSigners[0].reasonMessage").value("执法资格为中级，低于该环节要求的高级"));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("qualification Intermediate, below the Advanced the link needs")));
	}

	@Test
	void noQualificationAtAllIsToldAsSuch() throws Exception {
		releasedByTheDailyCheck("""
				qualification_level = null, qualification_valid_from = null, qualification_valid_until = null""");

		expectCause("NO_QUALIFICATION", "无执法资格", "holds no law-enforcement qualification");
	}

	@Test
	void anOfficerNoLongerOnDutyIsToldAsSuch() throws Exception {
		releasedByTheDailyCheck("active = false");

		expectCause("OFFICER_INACTIVE", "人员已不在岗", "no longer on active duty");
	}

	@Test
	void anOfficerMovedAwayFromTheLinksLevelIsToldAsSuch() throws Exception {
		releasedByTheDailyCheck("unit_id = " + bureau.stationOne().getId());

		expectCause("UNIT_LEVEL", "已不在该环节要求的单位层级", "no longer at the link's unit level");
	}

	@Test
	void aDisabledAccountIsToldApartFromARoleTakenAway() throws Exception {
		changeAccount(Set.of(Role.LEADER), false);

		awaitStatus("APPROVED");
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.releasedSigners[0].reason").value("approval.role"));
		expectCause("ACCOUNT_DISABLED", "账号已停用", "account disabled");
	}

	@Test
	void aRoleTakenAwayIsToldApartFromADisabledAccount() throws Exception {
		changeAccount(Set.of(Role.REVIEWER), true);

		awaitStatus("APPROVED");
		expectCause("ROLE_WITHDRAWN", "已不再具有该环节所需的签批角色", "no longer holds the role the link needs");
	}

	@Test
	void suspendedApprovalRightsAreToldAsBefore() throws Exception {
		rights.suspend(released, "年内三次排名末位", null);

		awaitStatus("APPROVED");
		expectCause("SUSPENDED", "审批权限已被暂停", "approval rights suspended");
	}

	@Test
	void aReleaseRecordedBeforeCausesWereKeptIsStillToldInTheRulesGeneralWords() throws Exception {
		releasedByTheDailyCheck("qualification_valid_until = current_date - 1");
		jdbc.update("""
				update approval_link_signers set released_cause = null, released_qualification = null,
				       released_qualification_until = null, released_min_qualification = null
				where request_id = ? and officer_id = ?""", requestId, released);

		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.releasedSigners[0].reason").value("approval.qualification"))
			.andExpect(jsonPath("$.releasedSigners[0].cause").doesNotExist())
			.andExpect(jsonPath("$.releasedSigners[0].reasonMessage").value("执法资格不足或已失效，或人员已停用"));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("qualification insufficient or lapsed, or the officer is inactive")));
		mvc.perform(get("/approvals/records/officers/{o}", released).with(user(bureau.legal())))
			.andExpect(content().string(containsString("执法资格不足或已失效，或人员已停用")));
	}

	/** The cause in the API and its words on the request page, in Chinese and English. */
	private void expectCause(String cause, String zh, String en) throws Exception {
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.releasedSigners[0].officerId").value((int) released))
			.andExpect(jsonPath("$.releasedSigners[0].cause").value(cause))
			.andExpect(jsonPath("$.releasedSigners[0].reasonMessage").value(zh));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).header("Accept-Language", "en").with(user(bureau.legal())))
			.andExpect(jsonPath("$.releasedSigners[0].reasonMessage").value(en));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(content().string(containsString("（" + zh + "）")));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("(" + en.replace("'", "&#39;") + ")")));
	}

	/**
	 * Changes the waiting leader's officer record without an event, as time or a direct correction
	 * does, and lets the daily check release them; returns their qualification's end date after.
	 */
	private LocalDate releasedByTheDailyCheck(String set) {
		jdbc.update("update officers set " + set + " where id = ?", released);
		checks.recheckAll();
		return jdbc.queryForObject("select qualification_valid_until from officers where id = ?", LocalDate.class,
				released);
	}

	private void changeAccount(Set<Role> roles, boolean enabled) {
		administration.changeAccount(new DataScope(bureau.bureau().getPath()), released,
				administration.accountOf(released).orElseThrow().getVersion(), roles, enabled);
	}

	/** The check after an officer changes runs once the change has committed, on another thread. */
	private void awaitStatus(String status) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
			.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value(status)));
	}

	private ResultActions signAfterReading(SignedInOfficer signer) throws Exception {
		testApprovals.readEverything(lawCase.getId(), signer.officerId());
		return mvc.perform(post("/api/v1/approvals/{id}/signatures", requestId).with(user(signer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"));
	}
}
