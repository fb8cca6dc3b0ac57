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
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.internal.AccountCommand;
import org.gongzheng.organization.internal.Officer;
import org.gongzheng.organization.internal.OfficerCommand;
import org.gongzheng.organization.internal.OrganizationAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A countersign link names both bureau leaders; one of them loses the right to sign while the link
 * waits. The link must neither wait forever nor let them sign.
 */
@IntegrationTest
class CountersignReleaseIntegrationTest {

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

	CountersignReleaseIntegrationTest(MockMvc mvc, Fixtures fixtures, TestApprovals testApprovals, TestCases testCases,
			ApprovalRights rights, OrganizationAdministration administration,
			CountersignChecks checks, JdbcTemplate jdbc) {
		this.checks = checks;
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testApprovals = testApprovals;
		this.testCases = testCases;
		this.rights = rights;
		this.administration = administration;
		this.jdbc = jdbc;
	}

	/** A major penalty signed up to its last link, where both leaders are named to countersign. */
	@BeforeEach
	void atTheCountersignLink() throws Exception {
		bureau = fixtures.bureau();
		lawCase = testCases.acceptedWithRecord(bureau, "会签免签案");
		requestId = testApprovals.submitMajorFine(bureau.officer(), lawCase.getId(), "91");
		signAfterReading(bureau.stationChief(), "APPROVE").andExpect(status().isOk());
		signAfterReading(bureau.secondLegal(), "APPROVE").andExpect(jsonPath("$.currentLink").value(3));
		assertThat(named()).containsExactlyInAnyOrder(bureau.leader().officerId(), bureau.secondLeader().officerId());
		mvc.perform(get("/api/v1/approvals/queue/submittedByMe").with(user(bureau.officer())))
			.andExpect(jsonPath("$.content[0].nobodyCanSign").value(false));
	}

	@Test
	void aNamedLeaderWhoseRightsAreSuspendedAfterTheOtherApprovedIsReleasedAndTheRequestIsApproved() throws Exception {
		signAfterReading(bureau.leader(), "APPROVE").andExpect(jsonPath("$.status").value("PENDING"));
		testApprovals.readEverything(lawCase.getId(), bureau.secondLeader().officerId());

		rights.suspend(bureau.secondLeader().officerId(), "年内三次排名末位", "Bottom of the ranking three times this year",
				null);

		awaitStatus("APPROVED");
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.signatures.length()").value(3))
			.andExpect(jsonPath("$.releasedSigners.length()").value(1))
			.andExpect(jsonPath("$.releasedSigners[0].officerId").value((int) bureau.secondLeader().officerId()))
			.andExpect(jsonPath("$.releasedSigners[0].round").value(1))
			.andExpect(jsonPath("$.releasedSigners[0].link").value(3))
			.andExpect(jsonPath("$.releasedSigners[0].reason").value("approval.suspended"))
			.andExpect(jsonPath("$.releasedSigners[0].reasonMessage").value("审批权限已被暂停"));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("countersign-release")))
			.andExpect(content().string(containsString("Released: " + bureau.secondLeader().name())))
			.andExpect(content().string(containsString("approval rights suspended")));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(content().string(containsString("免签：" + bureau.secondLeader().name())));
		// The case's accountability record shows the release with the signatures, and exports it.
		long caseId = lawCase.getId();
		mvc.perform(get("/api/v1/approvals/records/cases/{c}", caseId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.requests[0].releasedSigners.length()").value(1))
			.andExpect(jsonPath("$.requests[0].releasedSigners[0].officer.id").value((int) bureau.secondLeader().officerId()))
			.andExpect(jsonPath("$.requests[0].releasedSigners[0].link").value(3))
			.andExpect(jsonPath("$.requests[0].releasedSigners[0].linkNameEn").isNotEmpty())
			.andExpect(jsonPath("$.requests[0].releasedSigners[0].reason").value("approval.suspended"));
		mvc.perform(get("/approvals/records/cases/{c}", caseId).with(user(bureau.legal())))
			.andExpect(content().string(containsString("countersign-releases")))
			.andExpect(content().string(containsString("免签：" + bureau.secondLeader().name())));
		byte[] xlsx = mvc.perform(get("/approvals/records/cases/{c}.xlsx", caseId).with(user(bureau.legal())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.text(xlsx)).contains("免签", "审批权限已被暂停", bureau.secondLeader().name());
		// So does the released leader's own lifelong record, apart from what he signed.
		long released = bureau.secondLeader().officerId();
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/releases", released).with(user(bureau.legal())))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) requestId))
			.andExpect(jsonPath("$.content[0].caseId").value((int) caseId))
			.andExpect(jsonPath("$.content[0].action").value("PENALTY_MAJOR"))
			.andExpect(jsonPath("$.content[0].link").value(3))
			.andExpect(jsonPath("$.content[0].reason").value("approval.suspended"))
			.andExpect(jsonPath("$.content[0].caseState").isNotEmpty())
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/releases", released).param("page", "1").param("size", "1")
			.with(user(bureau.legal())))
			.andExpect(jsonPath("$.content.length()").value(0))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.totalPages").value(1));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/releases", released)
			.param("from", java.time.LocalDate.now().plusDays(2).toString()).with(user(bureau.legal())))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/releases", released).param("action", "PENALTY_MAJOR")
			.param("to", java.time.LocalDate.now().plusDays(1).toString()).with(user(bureau.legal())))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/releases", released).param("action", "FILING")
			.with(user(bureau.legal()))).andExpect(jsonPath("$.content.length()").value(0));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/releases", released).param("decision", "APPROVE")
			.with(user(bureau.legal()))).andExpect(jsonPath("$.content.length()").value(0));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", released).with(user(bureau.legal())))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/summary", released).with(user(bureau.legal())))
			.andExpect(jsonPath("$.approved").value(0)).andExpect(jsonPath("$.released").value(1));
		mvc.perform(get("/approvals/records/officers/{o}", released).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("id=\"officer-releases\"")))
			.andExpect(content().string(containsString("Released from countersigning")))
			.andExpect(content().string(containsString("Approval rights suspended")))
			.andExpect(content().string(containsString("Whole record: no signatures (")))
			.andExpect(content().string(containsString("released from countersigning once.")))
			.andExpect(content().string(containsString("1 in total")));
		// A page past the end still shows the section, its total and the way back.
		mvc.perform(get("/approvals/records/officers/{o}", released).param("releasesPage", "3").param("lang", "en")
			.with(user(bureau.legal())))
			.andExpect(content().string(containsString("id=\"releases-total\"")))
			.andExpect(content().string(containsString("releasesPage=0")))
			.andExpect(content().string(not(containsString("Page 4 of"))));
		mvc.perform(get("/approvals/records/officers/{o}", bureau.leader().officerId()).with(user(bureau.legal())))
			.andExpect(content().string(not(containsString("id=\"officer-releases\""))));
		byte[] own = mvc.perform(get("/approvals/records/officers/{o}.xlsx", released).with(user(bureau.legal())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.text(own)).contains("免签", "审批权限已被暂停", lawCase.getCaseNumber());
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_log where action = 'APPROVAL_COUNTERSIGNER_RELEASED' and object_id = ?""",
				Long.class, String.valueOf(requestId))).isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_log where action = 'APPROVAL_GRANTED' and object_id = ?""", Long.class,
				String.valueOf(requestId))).isEqualTo(1);
	}

	@Test
	void aNamedLeaderSuspendedBeforeAnyoneSignedIsReleasedWhenTheOtherApproves() throws Exception {
		rights.suspend(bureau.secondLeader().officerId(), "年内三次排名末位", null);
		awaitChecksAfterOfficerChanges();
		// Nobody has approved yet: the other leader's signature is still needed, so nothing moves.
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.releasedSigners.length()").value(0));
		testApprovals.readEverything(lawCase.getId(), bureau.secondLeader().officerId());
		sign(bureau.secondLeader(), "APPROVE").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("approval.suspended"));

		signAfterReading(bureau.leader(), "APPROVE").andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.releasedSigners[0].officerId").value((int) bureau.secondLeader().officerId()));
	}

	@Test
	void aNamedLeaderWhoseAccountIsDisabledIsReleasedAfterTheOtherApproved() throws Exception {
		signAfterReading(bureau.leader(), "APPROVE").andExpect(jsonPath("$.status").value("PENDING"));
		long officerId = bureau.secondLeader().officerId();
		DataScope scope = new DataScope(bureau.bureau().getPath());

		administration.changeAccount(scope, officerId, administration.accountOf(officerId).orElseThrow().getVersion(),
				Set.of(Role.LEADER), false);

		awaitStatus("APPROVED");
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.releasedSigners[0].reason").value("approval.role"));
	}

	@Test
	void aNamedLeaderWhoseQualificationLapsedWithNoChangeMadeIsReleasedByTheDailyCheck() throws Exception {
		signAfterReading(bureau.leader(), "APPROVE").andExpect(jsonPath("$.status").value("PENDING"));
		// Time passes: the qualification runs out without anyone changing anything, so no event.
		jdbc.update("update officers set qualification_valid_until = current_date - 1 where id = ?",
				bureau.secondLeader().officerId());
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("PENDING"));

		assertThat(checks.recheckAll()).isGreaterThanOrEqualTo(1);

		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.releasedSigners[0].reason").value("approval.qualification"));
	}

	@Test
	void whenEveryNamedLeaderIsStoppedBeforeAnyoneSignedTheLinkIsNamedAfreshWithWhoeverCanSignNow() throws Exception {
		SignedInOfficer newLeader = fixtures.anotherOfficer(bureau, bureau.bureau(), "新任副局长", Role.LEADER);
		rights.suspend(bureau.leader().officerId(), "暂停", null);
		rights.suspend(bureau.secondLeader().officerId(), "暂停", null);
		awaitChecksAfterOfficerChanges();

		assertThat(named()).containsExactly(newLeader.officerId());
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.releasedSigners.length()").value(2))
			.andExpect(jsonPath("$.eligibleSigners[0]").value((int) newLeader.officerId()));
		signAfterReading(newLeader, "APPROVE").andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void whenNobodyAtAllCanSignTheCountersignLinkSaysSoAndTheDailyCheckNamesWhoeverIsAppointedLater() throws Exception {
		rights.suspend(bureau.leader().officerId(), "暂停", null);
		rights.suspend(bureau.secondLeader().officerId(), "暂停", null);
		awaitChecksAfterOfficerChanges();
		assertThat(named()).containsExactlyInAnyOrder(bureau.leader().officerId(), bureau.secondLeader().officerId());
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.nobodyCanSign").value(true));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("Nobody can sign this countersign link now")));
		mvc.perform(get("/api/v1/approvals/queue/submittedByMe").with(user(bureau.officer())))
			.andExpect(jsonPath("$.content[0].requestId").value((int) requestId))
			.andExpect(jsonPath("$.content[0].nobodyCanSign").value(true));
		mvc.perform(get("/approvals/queue/submittedByMe").param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("Nobody can sign this link now: a reviewer must be assigned")));

		SignedInOfficer newLeader = fixtures.anotherOfficer(bureau, bureau.bureau(), "新任局长", Role.LEADER);
		checks.recheckAll();

		assertThat(named()).containsExactly(newLeader.officerId());
		signAfterReading(newLeader, "APPROVE").andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void whenNobodyAtAllCanSignTheCountersignLinkAnAccountOpenedForANewLeaderNamesThemAtOnce() throws Exception {
		rights.suspend(bureau.leader().officerId(), "暂停", null);
		rights.suspend(bureau.secondLeader().officerId(), "暂停", null);
		awaitChecksAfterOfficerChanges();
		DataScope scope = new DataScope(bureau.bureau().getPath());
		Officer appointed = administration.createOfficer(scope, new OfficerCommand(
				"%08d".formatted(requestId + 70_000_000L), "新任政委", bureau.bureau().getId(), null, null,
				QualificationLevel.ADVANCED, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2), true));
		assertThat(named()).containsExactlyInAnyOrder(bureau.leader().officerId(), bureau.secondLeader().officerId());

		administration.openAccount(scope, appointed.getId(),
				new AccountCommand("appointed" + requestId, "Appointed#2026", Set.of(Role.LEADER)));
		awaitChecksAfterOfficerChanges();

		assertThat(named()).containsExactly(appointed.getId());
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.nobodyCanSign").value(false))
			.andExpect(jsonPath("$.releasedSigners.length()").value(2));
	}

	@Test
	void anAccountOpenedWithoutTheLinksRoleNamesNobodyAndTheLinkStillSaysNobodyCanSign() throws Exception {
		rights.suspend(bureau.leader().officerId(), "暂停", null);
		rights.suspend(bureau.secondLeader().officerId(), "暂停", null);
		awaitChecksAfterOfficerChanges();
		DataScope scope = new DataScope(bureau.bureau().getPath());
		Officer appointed = administration.createOfficer(scope, new OfficerCommand(
				"%08d".formatted(requestId + 80_000_000L), "新任审核员", bureau.bureau().getId(), null, null,
				QualificationLevel.ADVANCED, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2), true));

		administration.openAccount(scope, appointed.getId(),
				new AccountCommand("reviewer" + requestId, "Reviewer#2026", Set.of(Role.REVIEWER)));
		awaitChecksAfterOfficerChanges();

		assertThat(named()).containsExactlyInAnyOrder(bureau.leader().officerId(), bureau.secondLeader().officerId());
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.nobodyCanSign").value(true));
	}

	@Test
	void aChangeThatLeavesTheNamedLeaderAbleToSignReleasesNobodyAndTheLinkWaitsForThem() throws Exception {
		signAfterReading(bureau.leader(), "APPROVE").andExpect(jsonPath("$.status").value("PENDING"));
		long officerId = bureau.secondLeader().officerId();
		administration.changeAccount(new DataScope(bureau.bureau().getPath()), officerId,
				administration.accountOf(officerId).orElseThrow().getVersion(), Set.of(Role.LEADER, Role.REVIEWER), true);
		awaitChecksAfterOfficerChanges();
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.releasedSigners.length()").value(0));

		signAfterReading(bureau.secondLeader(), "APPROVE").andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.releasedSigners.length()").value(0));
	}

	/** The check after an officer changes runs once the change has committed, on another thread. */
	private void awaitStatus(String status) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
			.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.status").value(status)));
	}

	/** Lets the check that follows an officer change finish (it changes nothing here) before looking. */
	private void awaitChecksAfterOfficerChanges() {
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"""
				select count(*) from event_publication
				where event_type like '%OfficerChanged' and completion_date is null""", Long.class) == 0);
	}

	/** Who is named on the countersign link and not released. */
	private Set<Long> named() {
		return Set.copyOf(jdbc.queryForList("""
				select officer_id from approval_link_signers
				where request_id = ? and link_order = 3 and released_at is null""", Long.class, requestId));
	}

	private ResultActions signAfterReading(SignedInOfficer signer, String decision) throws Exception {
		testApprovals.readEverything(lawCase.getId(), signer.officerId());
		return sign(signer, decision);
	}

	private ResultActions sign(SignedInOfficer signer, String decision) throws Exception {
		return mvc.perform(post("/api/v1/approvals/{id}/signatures", requestId).with(user(signer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"%s\"}".formatted(decision)));
	}
}
