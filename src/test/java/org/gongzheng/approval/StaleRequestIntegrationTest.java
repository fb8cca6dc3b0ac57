package org.gongzheng.approval;

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
import org.gongzheng.approval.internal.EndedCaseRequests;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request whose case changed after submission (a material added while it waited, say) can be
 * signed by nobody, not even to return it; the handler resubmits it as the case now stands, or
 * withdraws it, so it never hangs.
 */
@IntegrationTest
class StaleRequestIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final Materials materials;

	private final JdbcTemplate jdbc;

	private final Approvals approvals;

	private final EndedCaseRequests endedCaseRequests;

	private Fixtures.Bureau bureau;

	private LawCase lawCase;

	private long requestId;

	StaleRequestIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			Materials materials, JdbcTemplate jdbc, Approvals approvals, EndedCaseRequests endedCaseRequests) {
		this.endedCaseRequests = endedCaseRequests;
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.materials = materials;
		this.jdbc = jdbc;
		this.approvals = approvals;
	}

	@BeforeEach
	void aFilingWhoseCaseGainedAMaterialWhileItWaited() {
		bureau = fixtures.bureau();
		lawCase = testCases.acceptedWithRecord(bureau, "报审后补充材料案");
		requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		materials.add(lawCase.getId(), new MaterialCommand(MaterialType.EVIDENCE_LIST, "证据清单", "1. 监控录像", null, null,
				null, null, null), null, null, null, bureau.officer());
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
	}

	@Test
	void nobodySignsItNotEvenToReturnItAndTheHandlerIsShownWhatToDo() throws Exception {
		sign(bureau.stationChief(), "APPROVE", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.stale"));
		sign(bureau.stationChief(), "RETURN", "请补充").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.stale"));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.stale").value(true)).andExpect(jsonPath("$.mayResubmit").value(false));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.stale").value(true)).andExpect(jsonPath("$.mayResubmit").value(true));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"stale\"")))
			.andExpect(content().string(containsString("按案件现状重新提交")))
			.andExpect(content().string(containsString("id=\"withdraw\"")));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("The case changed after this request was submitted")))
			.andExpect(content().string(not(containsString("id=\"resubmit\""))));
		// Where the handler looks: the case page and the requests they submitted.
		mvc.perform(get("/cases/{id}", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"approval-stale-" + requestId + "\"")))
			.andExpect(content().string(containsString("id=\"stale-approval-" + requestId + "\"")))
			.andExpect(content().string(containsString("本案的“立案”审批单提交后案件有了变化")));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.submittedByMe[?(@.requestId == " + requestId + ")].stale").value(org.hamcrest.Matchers.hasItem(true)));
		mvc.perform(get("/approvals").with(user(bureau.officer())))
			.andExpect(content().string(containsString("案件在提交后已变化：请您重新提交或撤回")));
		mvc.perform(get("/work").with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"work-stale\"")))
			.andExpect(content().string(containsString("/approvals/" + requestId + "\"")));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.staleForMe[0].requestId").value((int) requestId))
			.andExpect(jsonPath("$.totals.staleForMe").value(1));
		// The reviewer has nothing to do with it: not in their lists.
		mvc.perform(get("/work").with(user(bureau.stationChief())))
			.andExpect(content().string(not(containsString("id=\"work-stale\""))));
	}

	@Test
	void theRegistersExportMarksItInAColumnOfItsOwn() throws Exception {
		byte[] register = mvc.perform(get("/approvals/requests.xlsx").param("keyword", lawCase.getCaseNumber())
			.with(user(bureau.leader()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.column(register, "H")).containsExactly("待签环节", "办案部门审核");
		assertThat(Workbooks.column(register, "I")).containsExactly("案件已变化待重新提交", "是");
		assertThat(Workbooks.column(register, "J")).containsExactly("无人能签", "");
	}

	@Test
	void aCoHandlerWhoDidNotSubmitItFindsItTooAndABureauLeaderDoesNot() throws Exception {
		jdbc.update("update cases set co_handler_id = ? where id = ?", bureau.colleague().officerId(), lawCase.getId());
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.colleague())))
			.andExpect(jsonPath("$.staleForMe[0].requestId").value((int) requestId));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totals.staleForMe").value(0));
	}

	@Test
	void theNoticeSaysWhatChangedOnTheCaseSinceSubmissionAndNothingFromBefore() throws Exception {
		String handler = jdbc.queryForObject("select name from officers where id = ?", String.class,
				bureau.officer().officerId());
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("id=\"stale-changes\"")))
			.andExpect(content().string(containsString("添加材料")))
			.andExpect(content().string(containsString("证据清单")))
			.andExpect(content().string(containsString(handler)));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("What changed on the case since submission")))
			.andExpect(content().string(containsString("Material added")));
		// The record made before submission is what was submitted, so only the later material is listed.
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.caseChanges.length()").value(1))
			.andExpect(jsonPath("$.caseChanges[0].event").value("MATERIAL_ADDED"))
			.andExpect(jsonPath("$.caseChanges[0].description").value("添加材料"))
			.andExpect(jsonPath("$.caseChanges[0].note").value("证据清单"))
			.andExpect(jsonPath("$.caseChanges[0].actorId").value((int) bureau.officer().officerId()))
			.andExpect(jsonPath("$.moreCaseChanges").value(false));
		// A busy case: the first twenty are listed, and the rest are said to be on its timeline.
		for (int i = 1; i <= 20; i++) {
			materials.add(lawCase.getId(), new MaterialCommand(MaterialType.EVIDENCE_LIST, "补充清单" + i, "第 " + i + " 项", null,
					null, null, null, null), null, null, null, bureau.officer());
		}
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.caseChanges.length()").value(20))
			.andExpect(jsonPath("$.caseChanges[0].note").value("证据清单"))
			.andExpect(jsonPath("$.moreCaseChanges").value(true));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("仅列出最早的 20 项变化")));
		// Once resubmitted it is current again, and nothing is listed.
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"已补充证据清单，重新报请立案\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caseChanges.length()").value(0));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(content().string(not(containsString("id=\"stale-changes\""))));
	}

	@Test
	void seizedPropertyDisposedOfWhileARequestWaitsMakesItStaleAndIsListedAsTheChange() throws Exception {
		LawCase other = testCases.acceptedWithRecord(bureau, "处置财物案");
		String seized = mvc.perform(post("/api/v1/cases/{id}/property", other.getId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"description":"电动自行车","category":"VEHICLE","quantity":1,"unitOfMeasure":"辆","kind":"SEIZURE"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long item = ((Number) com.jayway.jsonpath.JsonPath.read(seized, "$.id")).longValue();
		long filing = testCases.submitForApproval(bureau, other, CaseTransition.FILE);
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/disposal", other.getId(), item).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"disposal\":\"RETURNED\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/approvals/{id}", filing).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.stale").value(true))
			.andExpect(jsonPath("$.caseChanges[0].event").value("PROPERTY_DISPOSED"));
	}

	@Test
	void theHandlerResubmitsItAsTheCaseNowStandsAndTheChainRunsToTheEnd() throws Exception {
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"已补充证据清单，重新报请立案\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.round").value(2))
			.andExpect(jsonPath("$.currentLink").value(1))
			.andExpect(jsonPath("$.stale").value(false))
			.andExpect(jsonPath("$.materials[*].title", org.hamcrest.Matchers.hasItem("证据清单")));
		// Current again: a second resubmission is refused, and the chain signs through to filing.
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"再次提交\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("approval.resubmit.notReturned"));
		mvc.perform(get("/cases/{id}", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(content().string(not(containsString("id=\"approval-stale-"))))
			.andExpect(content().string(not(containsString("id=\"stale-approval-"))));
		mvc.perform(get("/work").with(user(bureau.officer())))
			.andExpect(content().string(not(containsString("id=\"work-stale\""))));
		testApprovals.approveAll(requestId);
		assertThat(testCases.state(lawCase)).isEqualTo(CaseState.FILED);
		assertThat(jdbc.queryForObject("select count(*) from case_timeline where case_id = ? and event_type = 'APPROVAL_RESUBMITTED'",
				Integer.class, lawCase.getId())).isEqualTo(1);
	}

	@Test
	void theHandlerMayWithdrawItInsteadAndNobodyElseMay() throws Exception {
		withdraw(bureau.stationChief()).andExpect(status().isForbidden());
		withdraw(bureau.officer()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.currentLink").doesNotExist());
		assertThat(jdbc.queryForObject("select status from case_pending_actions where request_id = ?", String.class,
				requestId)).isEqualTo("WITHDRAWN");
		assertThat(testCases.state(lawCase)).isEqualTo(CaseState.ACCEPTED);
	}

	@Test
	void theCasePageOpensAtItsWarningAfterAChangeThatLeftARequestStaleAndAtTheChangedSectionOtherwise()
			throws Exception {
		addMaterialThroughTheForm(lawCase).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + lawCase.getId() + "#notice"));

		LawCase quiet = testCases.acceptedWithRecord(bureau, "无待审批的案件");
		addMaterialThroughTheForm(quiet).andExpect(redirectedUrl("/cases/" + quiet.getId() + "#materials"));
	}

	@Test
	void anApprovedDeadlineExtensionLeavesAPendingRequestCurrentWhileARecordedSummonsMakesItStale() throws Exception {
		LawCase other = testCases.acceptedWithRecord(bureau, "办理期限延长案");
		String party = mvc.perform(post("/api/v1/cases/{id}/parties", other.getId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"PERSON\",\"role\":\"SUSPECT\",\"name\":\"王五\",\"idNumber\":\"11010519491231002X\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long partyId = ((Number) com.jayway.jsonpath.JsonPath.read(party, "$.id")).longValue();
		long filing = testCases.submitForApproval(bureau, other, CaseTransition.FILE);
		long deadlineId = jdbc.queryForObject("select id from case_deadlines where case_id = ? and rule_code = 'ADMIN_CASE_HANDLING'",
				Long.class, other.getId());

		mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", other.getId(), deadlineId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"amount\":10,\"serious\":false,\"reason\":\"案情复杂\"}"))
			.andExpect(status().isAccepted());
		testApprovals.approveAll(testApprovals.pendingOn(other.getId()));
		mvc.perform(get("/api/v1/cases/{id}", other.getId()).with(user(bureau.officer())))
			.andExpect(jsonPath("$.deadlines[?(@.ruleCode == 'ADMIN_CASE_HANDLING')].extendedBy").value(org.hamcrest.Matchers.hasItem(10)));
		// The deadline moved, the file did not: the filing request can still be signed.
		mvc.perform(get("/api/v1/approvals/{id}", filing).with(user(bureau.officer())))
			.andExpect(jsonPath("$.stale").value(false));

		mvc.perform(post("/api/v1/cases/{id}/measures", other.getId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"partyId\":%d,\"type\":\"SUMMONS\"}".formatted(partyId)))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/approvals/{id}", filing).with(user(bureau.officer())))
			.andExpect(jsonPath("$.stale").value(true));
	}

	@Test
	void whenTheCaseIsNotFiledMeanwhileTheRequestIsWithdrawnWithItInBothLanguages() throws Exception {
		// A filing request waiting at its link would stop one to decline filing; returned to its submitter, it does not.
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isOk());
		testApprovals.returnForCorrection(requestId, "请补充立案依据");
		long declining = testCases.submitForApproval(bureau, lawCase, CaseTransition.DECLINE_FILING);
		testApprovals.approveAll(declining);
		assertThat(testCases.state(lawCase)).isEqualTo(CaseState.NOT_FILED);

		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("WITHDRAWN")).andExpect(jsonPath("$.currentLink").doesNotExist())
			.andExpect(jsonPath("$.withdrawalReason").value(containsString("不予立案")))
			.andExpect(jsonPath("$.withdrawalReasonEn").value(containsString("The case is now \"Not filed\"")))
			.andExpect(jsonPath("$.mayWithdraw").value(false));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("the system withdrew this request with the case")));
		assertThat(jdbc.queryForObject("select status from case_pending_actions where request_id = ?", String.class,
				requestId)).isEqualTo("WITHDRAWN");
		// The case's timeline says so too, in the order it happened and in the reader's language.
		assertThat(jdbc.queryForList("select event_type from case_timeline where case_id = ? order by effective_at, id",
				String.class, lawCase.getId()))
			.endsWith("APPROVAL_GRANTED", "DECLINE_FILING", "APPROVAL_WITHDRAWN");
		mvc.perform(get("/api/v1/cases/{id}/timeline", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(jsonPath("$[?(@.eventType == 'APPROVAL_WITHDRAWN')].noteEn",
					org.hamcrest.Matchers.hasItem(containsString("the system withdrew this request with the case"))));
		mvc.perform(get("/cases/{id}", lawCase.getId()).param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("the system withdrew this request with the case")));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'APPROVAL_WITHDRAWN' and object_id = ?",
				Integer.class, String.valueOf(requestId))).isEqualTo(1);
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totals.staleForMe").value(0)).andExpect(jsonPath("$.totals.submittedByMe").value(0));
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"重新报请立案\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("approval.resubmit.notReturned"));
	}

	@Test
	void aRequestLeftOpenOnACaseThatEndedCanOnlyBeWithdrawn() throws Exception {
		// As data written before ended cases withdrew their requests may hold it.
		jdbc.update("update cases set state = 'NOT_FILED', version = version + 1 where id = ?", lawCase.getId());

		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"重新报请立案\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("approval.resubmit.caseClosed"));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.caseClosed").value(true)).andExpect(jsonPath("$.mayResubmit").value(false))
			.andExpect(jsonPath("$.mayWithdraw").value(true));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("this request cannot be resubmitted, only withdrawn")))
			.andExpect(content().string(not(containsString("id=\"resubmit\""))))
			.andExpect(content().string(containsString("id=\"withdraw\"")));
		withdraw(bureau.officer()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
	}

	@Test
	void theSystemsOwnCheckWithdrawsRequestsLeftOpenOnCasesThatEnded() throws Exception {
		ReturnedTwice returned = revocationAndExtensionReturned("遗留已结束案");
		LawCase other = returned.lawCase();
		// As data written before ended cases withdrew their requests may hold them.
		jdbc.update("update cases set state = 'NOT_FILED', version = version + 1 where id = ?", lawCase.getId());
		jdbc.update("update cases set state = 'REVOKED', version = version + 1 where id = ?", other.getId());

		assertThat(endedCaseRequests.withdrawOnEndedCases()).isGreaterThanOrEqualTo(2);

		assertThat(jdbc.queryForList("select status from approval_requests where id in (?, ?, ?)", String.class, requestId,
				returned.revoking(), returned.extending())).containsOnly("WITHDRAWN");
		assertThat(jdbc.queryForList("select status from case_pending_actions where request_id in (?, ?, ?)", String.class,
				requestId, returned.revoking(), returned.extending())).containsOnly("WITHDRAWN");
		mvc.perform(get("/api/v1/approvals/{id}", returned.revoking()).with(user(bureau.officer())))
			.andExpect(jsonPath("$.withdrawalReason").value("案件已经结束，本申请已无需审批，由系统撤回。"))
			.andExpect(jsonPath("$.withdrawalReasonEn")
				.value("The case has ended, so nothing is left to approve: the system withdrew this request."));
		// The system did it: the timeline names nobody.
		assertThat(jdbc.queryForList("""
				select actor_id from case_timeline where case_id = ? and event_type = 'APPROVAL_WITHDRAWN'""", Long.class,
				other.getId())).hasSize(2).containsOnlyNulls();
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totals.staleForMe").value(0)).andExpect(jsonPath("$.returnedToMe.length()").value(0));
		// Nothing is left for a second pass.
		assertThat(jdbc.queryForObject("""
				select count(*) from approval_requests where case_id in (?, ?) and status in ('PENDING', 'RETURNED')""",
				Long.class, lawCase.getId(), other.getId())).isZero();
	}

	@Test
	void returnedRequestsTheDecisionMadeMootAreWithdrawnWithIt() throws Exception {
		ReturnedTwice returned = revocationAndExtensionReturned("退回后已作决定案");
		LawCase other = returned.lawCase();
		long revoking = returned.revoking();
		long extending = returned.extending();
		mvc.perform(post("/api/v1/cases/{id}/transitions", other.getId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transition\":\"DECIDE\",\"version\":%d,\"reason\":\"情节轻微，不予处罚\",\"decisionKind\":\"NO_PENALTY\"}"
				.formatted(testCases.version(other))))
			.andExpect(status().isAccepted());
		testApprovals.approveAll(testApprovals.pendingOn(other.getId()));
		assertThat(testCases.state(other)).isEqualTo(CaseState.DECIDED);

		// A decided case cannot be revoked: the returned revocation was withdrawn with the decision.
		mvc.perform(get("/api/v1/approvals/{id}", revoking).with(user(bureau.officer()))
			.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.status").value("WITHDRAWN")).andExpect(jsonPath("$.round").value(1))
			.andExpect(jsonPath("$.withdrawalReasonEn").value(containsString("The case is now \"Decided\"")));
		assertThat(jdbc.queryForObject("select status from case_pending_actions where request_id = ?", String.class,
				revoking)).isEqualTo("WITHDRAWN");
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", revoking).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"补充理由后重新报请撤销\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("approval.resubmit.notReturned"));
		// The decision met the handling deadline: there is nothing left to extend, and the returned
		// extension went with it.
		mvc.perform(get("/api/v1/approvals/{id}", extending).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawalReason").value(containsString("该期限已经结束")));
	}

	@Test
	void aReturnedActionLeftOpenAfterTheCaseMovedPastItIsNotSubmittedAgain() throws Exception {
		ReturnedTwice returned = revocationAndExtensionReturned("遗留退回申请案");
		LawCase other = returned.lawCase();
		long revoking = returned.revoking();
		long extending = returned.extending();
		long deadlineId = returned.deadlineId();
		// As data written before moot requests were withdrawn may hold them: decided, deadline met.
		jdbc.update("update cases set state = 'DECIDED', version = version + 1 where id = ?", other.getId());
		jdbc.update("update case_deadlines set closed_at = now(), closed_outcome = 'MET' where id = ?", deadlineId);

		mvc.perform(post("/api/v1/approvals/{id}/resubmission", revoking).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"重新报请撤销\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("case.transition.notAllowed"));
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", extending).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"重新申请延长\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("deadline.closed"));
		assertThat(jdbc.queryForList("select status from approval_requests where id in (?, ?)", String.class, revoking,
				extending)).containsOnly("RETURNED");
		withdraw(bureau.officer(), revoking).andExpect(status().isOk());
	}

	@Test
	void aRequestToDeclineFilingWaitsNeitherBesideOneToFileTheCaseNorIsResubmittedBesideIt() throws Exception {
		LawCase other = testCases.acceptedWithRecord(bureau, "立案与不予立案同时报审案");
		long filing = testCases.submitForApproval(bureau, other, CaseTransition.FILE);
		long requestsBefore = jdbc.queryForObject("select count(*) from approval_requests where case_id = ?", Long.class,
				other.getId());
		// The case page does not offer what would be refused.
		mvc.perform(get("/cases/{id}", other.getId()).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"action-DECLINE_FILING\""))));
		mvc.perform(post("/api/v1/cases/{id}/transitions", other.getId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transition\":\"DECLINE_FILING\",\"version\":%d,\"reason\":\"无违法事实\"}".formatted(testCases.version(other))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.contradictsPending"))
			.andExpect(jsonPath("$.detail").value(containsString("“立案”的审批在进行中，“不予立案”与之不能同时报审")));
		mvc.perform(post("/cases/{id}/transitions/DECLINE_FILING", other.getId()).with(user(bureau.officer())).with(csrf())
			.param("version", String.valueOf(testCases.version(other))).param("reason", "无违法事实").param("lang", "en"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("cannot be submitted beside it")))
			.andExpect(content().string(containsString("无违法事实")));
		assertThat(jdbc.queryForObject("select count(*) from approval_requests where case_id = ?", Long.class,
				other.getId())).isEqualTo(requestsBefore);
		assertThat(jdbc.queryForObject("select count(*) from case_pending_actions where case_id = ? and transition = 'DECLINE_FILING'",
				Long.class, other.getId())).isZero();

		// Returned, the filing request is the handler's again: he may ask to decline filing instead,
		// but not send the filing back to its signers beside that request.
		testApprovals.returnForCorrection(filing, "请补充立案依据");
		mvc.perform(get("/cases/{id}", other.getId()).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"action-DECLINE_FILING\"")));
		// Asking not to file may be withdrawn, unlike not filing itself; the confirmation says so.
		mvc.perform(get("/cases/{id}/transitions/DECLINE_FILING", other.getId()).with(user(bureau.officer())))
			.andExpect(content().string(containsString("审批人签批前可以撤回")));
		long declining = testCases.submitForApproval(bureau, other, CaseTransition.DECLINE_FILING);
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", filing).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("approval.contradictsPending"));
		testApprovals.approveAll(declining);
		assertThat(testCases.state(other)).isEqualTo(CaseState.NOT_FILED);
		mvc.perform(get("/api/v1/approvals/{id}", filing).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.returnedToMe[*].requestId", not(org.hamcrest.Matchers.hasItem((int) filing))));
	}

	/** A case under investigation whose request to revoke it and to extend its handling period were both returned. */
	private record ReturnedTwice(LawCase lawCase, long revoking, long extending, long deadlineId) {
	}

	private ReturnedTwice revocationAndExtensionReturned(String title) throws Exception {
		LawCase other = testCases.acceptedWithRecord(bureau, title);
		testApprovals.approveAll(testCases.submitForApproval(bureau, other, CaseTransition.FILE));
		testCases.submit(bureau, other, CaseTransition.START_INVESTIGATION);
		long revoking = testCases.submitForApproval(bureau, other, CaseTransition.REVOKE);
		testApprovals.readEverything(other.getId(), bureau.stationChief().officerId());
		approvals.sign(revoking, Approvals.Decision.RETURN, "撤销理由不充分", bureau.stationChief());
		long deadlineId = jdbc.queryForObject("select id from case_deadlines where case_id = ? and rule_code = 'ADMIN_CASE_HANDLING'",
				Long.class, other.getId());
		mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", other.getId(), deadlineId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"amount\":10,\"serious\":false,\"reason\":\"案情复杂\"}"))
			.andExpect(status().isAccepted());
		long extending = testApprovals.pendingOn(other.getId());
		testApprovals.readEverything(other.getId(), bureau.stationChief().officerId());
		approvals.sign(extending, Approvals.Decision.RETURN, "延长理由不充分", bureau.stationChief());
		return new ReturnedTwice(other, revoking, extending, deadlineId);
	}

	private ResultActions addMaterialThroughTheForm(LawCase target) throws Exception {
		return mvc.perform(post("/cases/{id}/materials", target.getId()).with(user(bureau.officer())).with(csrf())
			.param("type", "EVIDENCE_LIST").param("title", "补充证据清单").param("body", "2. 证人证言"));
	}

	private ResultActions sign(SignedInOfficer signer, String decision, String opinion) throws Exception {
		String body = opinion == null ? "{\"decision\":\"%s\"}".formatted(decision)
				: "{\"decision\":\"%s\",\"opinion\":\"%s\"}".formatted(decision, opinion);
		return mvc.perform(post("/api/v1/approvals/{id}/signatures", requestId).with(user(signer))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions withdraw(SignedInOfficer officer) throws Exception {
		return withdraw(officer, requestId);
	}

	private ResultActions withdraw(SignedInOfficer officer, long id) throws Exception {
		return mvc.perform(post("/api/v1/approvals/{id}/withdrawal", id).with(user(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"案件改为不予立案处理\"}"));
	}
}
