package org.gongzheng.approval;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.Workbooks;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.organization.ApprovalRights;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The approval register: every request in the reader's scope, whatever became of it, filtered, paged and counted. */
@IntegrationTest
class RequestRegisterIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private long approved;

	private long returned;

	private long pending;

	private long atStationTwo;

	private final Materials materials;

	private final ApprovalRights rights;

	private final Approvals approvals;

	RequestRegisterIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			JdbcTemplate jdbc, Materials materials, ApprovalRights rights, Approvals approvals) {
		this.approvals = approvals;
		this.materials = materials;
		this.rights = rights;
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.jdbc = jdbc;
	}

	/**
	 * Four filings: one approved, one returned for correction and one still pending at station one,
	 * and one pending on a case of station two.
	 */
	@BeforeEach
	void fourRequests() {
		bureau = fixtures.bureau();
		approved = filing("台账已批案");
		testApprovals.approveAll(approved);
		returned = filing("台账退回案");
		testApprovals.returnForCorrection(returned, "证据不足");
		pending = filing("台账待审案");
		atStationTwo = filing("台账二所案_100%");
		// The fixtures' officer works at station one; the request's snapshot of where its case is
		// handled is what the register reads, so moving it is enough to put the case at station two.
		jdbc.update("update approval_requests set case_unit_id = ?, case_unit_path = ? where id = ?",
				bureau.stationTwo().getId(), bureau.stationTwo().getPath(), atStationTwo);
	}

	private long filing(String title) {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, title);
		return testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
	}

	@Test
	void aLeaderSeesEveryRequestOfTheBureauNewestFirstWithCountsPerStatus() throws Exception {
		mvc.perform(get("/api/v1/approvals").with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(4))
			.andExpect(jsonPath("$.content[0].requestId").value((int) atStationTwo))
			.andExpect(jsonPath("$.content[3].requestId").value((int) approved))
			.andExpect(jsonPath("$.content[3].status").value("APPROVED"))
			.andExpect(jsonPath("$.content[3].openLink").doesNotExist())
			.andExpect(jsonPath("$.content[1].requestId").value((int) pending))
			.andExpect(jsonPath("$.content[1].openLink").value(1))
			.andExpect(jsonPath("$.content[1].overdue").value(false));
		mvc.perform(get("/api/v1/approvals/status-counts").param("status", "APPROVED").with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.PENDING").value(2))
			.andExpect(jsonPath("$.APPROVED").value(1))
			.andExpect(jsonPath("$.RETURNED").value(1))
			.andExpect(jsonPath("$.REFUSED").value(0))
			.andExpect(jsonPath("$.WITHDRAWN").value(0));
	}

	@Test
	void aPendingRequestWhoseCaseChangedSinceSubmissionIsMarkedAsWaitingForItsSubmitter() throws Exception {
		long caseId = jdbc.queryForObject("select case_id from approval_requests where id = ?", Long.class, pending);
		materials.add(caseId, new MaterialCommand(MaterialType.EVIDENCE_LIST, "证据清单", "1. 监控录像", null, null, null,
				null, null), null, null, null, bureau.officer());
		mvc.perform(get("/api/v1/approvals").param("status", "PENDING").with(user(bureau.leader())))
			.andExpect(jsonPath("$.content[0].requestId").value((int) atStationTwo))
			.andExpect(jsonPath("$.content[0].stale").value(false))
			.andExpect(jsonPath("$.content[1].requestId").value((int) pending))
			.andExpect(jsonPath("$.content[1].stale").value(true));
		mvc.perform(get("/approvals/requests").param("status", "PENDING").with(user(bureau.leader())))
			.andExpect(content().string(containsString("待办案民警重新提交或撤回")));
	}

	@Test
	void aPendingRequestNobodyCouldSignNowIsMarkedSo() throws Exception {
		mvc.perform(get("/api/v1/approvals").param("q", "台账待审案").with(user(bureau.leader())))
			.andExpect(jsonPath("$.content[0].nobodyCanSign").value(false));
		rights.suspend(bureau.stationChief().officerId(), "年内三次排名末位", null);
		mvc.perform(get("/api/v1/approvals").param("q", "台账待审案").with(user(bureau.leader())))
			.andExpect(jsonPath("$.content[0].nobodyCanSign").value(true));
		mvc.perform(get("/approvals/requests").param("q", "台账待审案").with(user(bureau.leader())))
			.andExpect(content().string(containsString("目前无人能签批此环节")));
		mvc.perform(get("/api/v1/approvals").param("status", "APPROVED").with(user(bureau.leader())))
			.andExpect(jsonPath("$.content[0].nobodyCanSign").value(false));
	}

	@Test
	void anOfficerFindsEverythingTheySubmittedDecidedOrNotFromTheQueue() throws Exception {
		mvc.perform(get("/approvals").with(user(bureau.officer())))
			.andExpect(content().string(containsString("href=\"/approvals/requests?mine=true\"")));
		mvc.perform(get("/api/v1/approvals").param("mine", "true").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totalElements").value(3));
		mvc.perform(get("/api/v1/approvals/status-counts").param("mine", "true").with(user(bureau.officer())))
			.andExpect(jsonPath("$.APPROVED").value(1))
			.andExpect(jsonPath("$.RETURNED").value(1))
			.andExpect(jsonPath("$.PENDING").value(1));
		mvc.perform(get("/api/v1/approvals").param("mine", "true").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/approvals/requests").param("mine", "true").param("status", "RETURNED")
			.with(user(bureau.officer())))
			.andExpect(content().string(containsString("台账退回案")))
			.andExpect(content().string(containsString("href=\"/approvals/requests?status=APPROVED&amp;mine=true\"")));
	}

	@Test
	void anOfficerSeesOnlyTheRequestsOfTheirOwnUnit() throws Exception {
		mvc.perform(get("/api/v1/approvals").with(user(bureau.otherStationOfficer())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) atStationTwo));
		mvc.perform(get("/api/v1/approvals").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totalElements").value(3));
		mvc.perform(get("/api/v1/approvals").with(user(fixtures.bureau().leader())))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void theRegisterFiltersByStatusUnitKeywordDaysAndOverdue() throws Exception {
		mvc.perform(get("/api/v1/approvals").param("status", "RETURNED").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) returned));
		mvc.perform(get("/api/v1/approvals").param("unitId", String.valueOf(bureau.stationTwo().getId()))
			.with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].caseUnitId").value(bureau.stationTwo().getId()));
		mvc.perform(get("/api/v1/approvals").param("q", "待审").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) pending));
		// Words apart must all be found, as in any search box.
		mvc.perform(get("/api/v1/approvals").param("q", "台账 待审").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) pending));
		mvc.perform(get("/api/v1/approvals").param("q", "待审 退回").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(0));
		// A keyword's wildcards stand for themselves: "_" and "%" match the title with "_100%" only.
		mvc.perform(get("/api/v1/approvals").param("q", "_").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/approvals").param("q", "%").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/approvals").param("to", "2020-01-01").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(0));
		jdbc.update("update approval_requests set submitted_at = now() - interval '40 days' where id = ?", approved);
		mvc.perform(get("/api/v1/approvals").param("from", java.time.LocalDate.now().minusDays(10).toString())
			.with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(3));
		jdbc.update("update approval_requests set current_due_at = now() - interval '1 hour' where id = ?", pending);
		mvc.perform(get("/api/v1/approvals").param("overdue", "true").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) pending))
			.andExpect(jsonPath("$.content[0].overdue").value(true));
		mvc.perform(get("/api/v1/approvals/status-counts").param("overdue", "true").with(user(bureau.leader())))
			.andExpect(jsonPath("$.PENDING").value(1))
			.andExpect(jsonPath("$.APPROVED").value(0));
	}

	@Test
	void aPartysNameAsAtTheLatestSubmissionFindsTheRequestAndTheRegisterSaysWhichPartyMatched() throws Exception {
		LawCase assault = testCases.acceptedWithRecord(bureau, "台账殴打案");
		addParty(assault.getId(), "王小明");
		long named = testCases.submitForApproval(bureau, assault, CaseTransition.FILE);

		mvc.perform(get("/api/v1/approvals").param("q", "小明").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) named))
			.andExpect(jsonPath("$.content[0].matchingParties").value(contains("王小明")));
		mvc.perform(get("/api/v1/approvals").param("q", "王小明 殴打").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/approvals").param("q", "殴打").with(user(bureau.leader())))
			.andExpect(jsonPath("$.content[0].matchingParties").isEmpty());
		mvc.perform(get("/approvals/requests").param("q", "小明").with(user(bureau.leader())))
			.andExpect(content().string(containsString("matching-party")))
			.andExpect(content().string(containsString(">王小明<")));

		// A party added while the request was back with its submitter is found once it is resubmitted.
		long returnedCase = approvals.request(returned).orElseThrow().caseId();
		addParty(returnedCase, "赵六");
		mvc.perform(get("/api/v1/approvals").param("q", "赵六").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(0));
		approvals.resubmit(returned, null, "补充了当事人", bureau.officer());
		mvc.perform(get("/api/v1/approvals").param("q", "赵六").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) returned))
			.andExpect(jsonPath("$.content[0].matchingParties").value(contains("赵六")));
	}

	private void addParty(long caseId, String name) throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/parties", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"PERSON\",\"role\":\"OFFENDER\",\"name\":\"" + name + "\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void aFilterThatCannotMatchIsRefusedWithTheFieldAtFault() throws Exception {
		mvc.perform(get("/api/v1/approvals").param("from", "2026-05-02").param("to", "2026-05-01")
			.with(user(bureau.leader())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/approvals").param("q", "案".repeat(101)).with(user(bureau.leader())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		long elsewhere = fixtures.bureau().stationOne().getId();
		mvc.perform(get("/api/v1/approvals/status-counts").param("unitId", String.valueOf(elsewhere))
			.with(user(bureau.leader())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		mvc.perform(get("/api/v1/approvals").param("status", "LOST").with(user(bureau.leader())))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/approvals").param("from", "yesterday").with(user(bureau.leader())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePageListsTheRequestsWithStatusTabsAndShowsAFilterProblemBesideItsField() throws Exception {
		mvc.perform(get("/approvals").with(user(bureau.leader())))
			.andExpect(content().string(containsString("id=\"open-register\"")));
		mvc.perform(get("/approvals/requests").with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审批台账")))
			.andExpect(content().string(containsString("台账已批案")))
			.andExpect(content().string(containsString("id=\"register-row-" + returned + "\"")))
			.andExpect(content().string(containsString("共 4 条")))
			.andExpect(content().string(containsString("href=\"/approvals/requests?status=RETURNED\"")));
		mvc.perform(get("/approvals/requests").param("status", "PENDING").param("q", "台账").with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 2 条")))
			.andExpect(content().string(not(containsString("台账已批案"))))
			// The other tabs keep the keyword and change only the status.
			.andExpect(content().string(containsString("href=\"/approvals/requests?status=APPROVED&amp;q=%E5%8F%B0%E8%B4%A6\"")));
		mvc.perform(get("/approvals/requests").param("from", "2026-05-02").param("to", "2026-05-01")
			.with(user(bureau.leader())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"to-error\"")))
			.andExpect(content().string(containsString("结束日期不能早于开始日期")))
			.andExpect(content().string(not(containsString("台账已批案"))));
		mvc.perform(get("/approvals/requests").param("lang", "en").with(user(bureau.leader())))
			.andExpect(content().string(containsString("Approval register")))
			.andExpect(content().string(containsString("Returned for correction")));
	}

	@Test
	void theRegisterAsFilteredIsExportedToExcelAndTheExportIsAudited() throws Exception {
		mvc.perform(get("/approvals/requests").param("status", "PENDING").with(user(bureau.leader())))
			.andExpect(content().string(containsString("href=\"/approvals/requests.xlsx?status=PENDING\"")));
		byte[] workbook = mvc.perform(get("/approvals/requests.xlsx").param("status", "PENDING")
			.with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Workbooks.rows(workbook)).isEqualTo(3);
		assertThat(Workbooks.text(workbook)).contains("台账待审案", "台账二所案_100%", "办案部门审核", "审批中")
			.doesNotContain("台账已批案");
		byte[] english = mvc.perform(get("/api/v1/approvals/xlsx").param("status", "RETURNED").param("lang", "en")
			.with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Workbooks.text(english)).contains("台账退回案", "Returned for correction", "Submitted by");
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_log where action = 'APPROVAL_REGISTER_EXPORTED' and object_id = ?""",
				Long.class, String.valueOf(bureau.leader().officerId()))).isEqualTo(2);
		assertThat(jdbc.queryForList("""
				select details from audit_log where action = 'APPROVAL_REGISTER_EXPORTED' and object_id = ? order by id""",
				String.class, String.valueOf(bureau.leader().officerId())))
			.containsExactly("2 requests ?status=PENDING", "1 requests ?status=RETURNED");
		mvc.perform(get("/api/v1/approvals/xlsx").param("from", "2026-05-02").param("to", "2026-05-01")
			.with(user(bureau.leader())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}
}
