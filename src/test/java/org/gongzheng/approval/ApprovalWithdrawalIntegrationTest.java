package org.gongzheng.approval;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.Workbooks;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.shared.error.ConflictException;

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

/** A request returned for correction that will not be submitted again is withdrawn 撤回, with a reason. */
@IntegrationTest
class ApprovalWithdrawalIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final Approvals approvals;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private LawCase lawCase;

	ApprovalWithdrawalIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			Approvals approvals, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.approvals = approvals;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	/** A filing the station head returned for correction. */
	private long returnedFiling() {
		lawCase = testCases.acceptedWithRecord(bureau, "撤回测试案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		long id = testApprovals.pendingOn(lawCase.getId());
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		approvals.sign(id, Approvals.Decision.RETURN, "证据不足，请补充", bureau.stationChief());
		return id;
	}

	private org.springframework.test.web.servlet.ResultActions withdraw(long id, String body,
			org.gongzheng.organization.SignedInOfficer officer) throws Exception {
		return mvc.perform(post("/api/v1/approvals/{id}/withdrawal", id).with(user(officer))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void theHandlerWithdrawsAReturnedRequestAndTheCaseMayBeSubmittedAgain() throws Exception {
		long id = returnedFiling();
		withdraw(id, "{\"reason\":\"改为不予立案处理\"}", bureau.officer()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawalReason").value("改为不予立案处理"));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totals.returnedToMe").value(0));
		assertThat(jdbc.queryForObject("select count(*) from case_timeline where case_id = ? and event_type = 'APPROVAL_WITHDRAWN'",
				Integer.class, lawCase.getId())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from case_pending_actions where request_id = ?", String.class, id))
			.isEqualTo("WITHDRAWN");
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_log where action = 'APPROVAL_WITHDRAWN' and object_id = ?""", Integer.class,
				String.valueOf(id))).isEqualTo(1);
		// The signatures of the withdrawn request stay on record.
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ?", Integer.class, id))
			.isEqualTo(1);
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"再次提交\"}"))
			.andExpect(status().isConflict());
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		assertThat(testApprovals.pendingOn(lawCase.getId())).isNotEqualTo(id);
	}

	@Test
	void aSubmissionNobodyHasSignedYetCanBeTakenBackWithAReasonAndLeavesTheCaseAsItWas() throws Exception {
		lawCase = testCases.acceptedWithRecord(bureau, "误提交案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		long id = testApprovals.pendingOn(lawCase.getId());
		mvc.perform(get("/api/v1/approvals/{id}", id).with(user(bureau.officer())))
			.andExpect(jsonPath("$.mayWithdraw").value(true)).andExpect(jsonPath("$.mayResubmit").value(false));
		mvc.perform(get("/api/v1/approvals/{id}", id).with(user(bureau.colleague())))
			.andExpect(jsonPath("$.mayWithdraw").value(false));
		mvc.perform(get("/approvals/{id}", id).param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("Nobody has signed this round yet")))
			.andExpect(content().string(not(containsString("id=\"resubmit\""))));

		withdraw(id, "{\"reason\":\"材料上传错误，改后重新报请\"}", bureau.officer()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		// A second click finds nothing left to withdraw, and the first reason stands.
		withdraw(id, "{\"reason\":\"再次撤回\"}", bureau.officer()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.withdraw.closed"))
			.andExpect(jsonPath("$.detail").value(containsString("已撤回")));
		assertThat(jdbc.queryForObject("select withdrawal_reason from approval_requests where id = ?", String.class, id))
			.isEqualTo("材料上传错误，改后重新报请");
		// Nothing is left to read for: the page no longer marks the materials read or unread.
		mvc.perform(get("/approvals/{id}", id).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("id=\"withdrawal\"")))
			.andExpect(content().string(not(containsString("未阅"))));

		assertThat(testCases.state(lawCase)).isEqualTo(CaseState.ACCEPTED);
		assertThat(jdbc.queryForObject("select status from case_pending_actions where request_id = ?", String.class, id))
			.isEqualTo("WITHDRAWN");
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		mvc.perform(post("/api/v1/approvals/{id}/signatures", id).with(user(bureau.stationChief()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\",\"round\":1,\"link\":1}"))
			.andExpect(status().isConflict());
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		assertThat(testApprovals.pendingOn(lawCase.getId())).isNotEqualTo(id);
	}

	@Test
	void withdrawingNeedsAReasonAndTheRightPersonAndAReturnedRequest() throws Exception {
		long id = returnedFiling();
		withdraw(id, "{\"reason\":\"  \"}", bureau.officer()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		withdraw(id, "{\"reason\":\"" + "理".repeat(2001) + "\"}", bureau.officer()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2000")));
		withdraw(id, "{\"reason\":\"不办了\"}", bureau.colleague()).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select status from approval_requests where id = ?", String.class, id))
			.isEqualTo("RETURNED");

		// Once someone has signed the round, only a return hands it back.
		LawCase pendingCase = testCases.acceptedWithRecord(bureau, "审批中案件");
		testCases.submit(bureau, pendingCase, CaseTransition.FILE);
		long pending = testApprovals.pendingOn(pendingCase.getId());
		testApprovals.readEverything(pendingCase.getId(), bureau.stationChief().officerId());
		approvals.sign(pending, Approvals.Decision.APPROVE, null, bureau.stationChief());
		withdraw(pending, "{\"reason\":\"想撤回\"}", bureau.officer()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.withdraw.notReturned"));
		mvc.perform(get("/api/v1/approvals/{id}", pending).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.mayWithdraw").value(false));
	}

	@Test
	void theCasesRecordTellsWhoWithdrewARequestWhenAndWhyOnThePageInTheApiAndInTheExport() throws Exception {
		long id = returnedFiling();
		withdraw(id, "{\"reason\":\"改为不予立案处理\"}", bureau.officer()).andExpect(status().isOk());
		String who = bureau.officer().name() + "（" + bureau.officer().getUsername() + "）";
		mvc.perform(get("/approvals/records/cases/{id}", lawCase.getId()).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("id=\"record-withdrawal-" + id + "\"")))
			.andExpect(content().string(containsString("由 " + who + " 撤回，理由：改为不予立案处理")));
		mvc.perform(get("/approvals/records/cases/{id}", lawCase.getId()).param("lang", "en").with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("by " + bureau.officer().name() + " (" + bureau.officer().getUsername()
					+ "). Reason: 改为不予立案处理")));
		mvc.perform(get("/approvals/{id}", id).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("由 " + who + " 撤回，理由：")));
		mvc.perform(get("/api/v1/approvals/records/cases/{id}", lawCase.getId()).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.requests[?(@.requestId == " + id + ")].withdrawnBy")
				.value(org.hamcrest.Matchers.contains((int) bureau.officer().officerId())))
			.andExpect(jsonPath("$.requests[?(@.requestId == " + id + ")].withdrawalReason")
				.value(org.hamcrest.Matchers.contains("改为不予立案处理")));
		byte[] xlsx = mvc.perform(get("/approvals/records/cases/{id}.xlsx", lawCase.getId()).with(user(bureau.stationChief())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.text(xlsx)).contains("已撤回", who, "改为不予立案处理");
		byte[] register = mvc.perform(get("/approvals/requests.xlsx").param("status", "WITHDRAWN").param("lang", "en")
			.with(user(bureau.leader()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.column(register, "O")).containsExactly("Reason for withdrawing", "改为不予立案处理");
	}

	@Test
	void theRequestPageOffersWithdrawalToTheHandlerAndShowsTheReasonAfterwards() throws Exception {
		long id = returnedFiling();
		mvc.perform(get("/approvals/{id}", id).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"withdraw-button\"")));
		mvc.perform(get("/approvals/{id}", id).with(user(bureau.colleague())))
			.andExpect(content().string(not(containsString("id=\"withdraw-button\""))));
		mvc.perform(post("/approvals/{id}/withdraw", id).param("reason", "").with(csrf()).with(user(bureau.officer())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		mvc.perform(post("/approvals/{id}/withdraw", id).param("reason", "案件改按简易程序处理").with(csrf())
			.with(user(bureau.officer())))
			.andExpect(redirectedUrl("/approvals/" + id));
		mvc.perform(get("/approvals/{id}", id).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"withdrawal\"")))
			.andExpect(content().string(containsString("id=\"request-status\" class=\"badge text-bg-secondary fs-6\"")))
			.andExpect(content().string(containsString("案件改按简易程序处理")))
			.andExpect(content().string(not(containsString("id=\"withdraw-button\""))));
	}

	@Test
	void aWithdrawalMeantForARoundThatWasResubmittedMeanwhileIsRefusedAndWithdrawsNothing() throws Exception {
		long id = returnedFiling();
		approvals.resubmit(id, null, "已补充证据", bureau.officer());
		withdraw(id, "{\"reason\":\"不再立案\",\"round\":1}", bureau.officer()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.withdraw.roundChanged"));
		// A round it never had is a wrong value, not a change made meanwhile.
		withdraw(id, "{\"reason\":\"不再立案\",\"round\":3}", bureau.officer()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("round"))
			.andExpect(jsonPath("$.errors[0].message").value("审批单没有第3轮（现为第2轮），撤回未执行。请刷新页面后重试。"));
		// On the page the round is a hidden field, so it is said above the form, not against the reason.
		mvc.perform(post("/approvals/{id}/withdraw", id).param("round", "3").param("reason", "不再立案").with(csrf())
			.param("lang", "en").with(user(bureau.officer())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This request has no round 3 (it is in round 2)")))
			.andExpect(content().string(containsString("id=\"withdraw-problem\"")))
			.andExpect(content().string(not(containsString("id=\"reason-error\""))));
		mvc.perform(post("/approvals/{id}/withdraw", id).param("round", "1").param("reason", "不再立案").with(csrf())
			.param("lang", "en").with(user(bureau.officer())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("has since been resubmitted as round 2")));
		assertThat(jdbc.queryForObject("select status from approval_requests where id = ?", String.class, id))
			.isEqualTo("PENDING");
	}

	@Test
	void withdrawingAndResubmittingAtOnceLeaveExactlyOneOutcome() throws Exception {
		long id = returnedFiling();
		List<Object> outcomes = Races.race(() -> approvals.withdraw(id, 1, "不再立案", bureau.officer()),
				() -> approvals.resubmit(id, null, "已补充证据", bureau.officer()));
		assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> o instanceof Approvals.RequestSummary).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(1);
		String status = jdbc.queryForObject("select status from approval_requests where id = ?", String.class, id);
		assertThat(status).isIn("WITHDRAWN", "PENDING");
		assertThat(jdbc.queryForObject("select status from case_pending_actions where request_id = ?", String.class, id))
			.isEqualTo(status);
	}

	@Test
	void withdrawingAnUnsignedSubmissionWhileTheReviewerSignsItLeavesExactlyOneOutcome() throws Exception {
		lawCase = testCases.acceptedWithRecord(bureau, "撤回与签批并发案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		long id = testApprovals.pendingOn(lawCase.getId());
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		List<Object> outcomes = Races.race(() -> approvals.withdraw(id, 1, "提交有误", bureau.officer()),
				() -> approvals.sign(id, Approvals.Decision.APPROVE, null, bureau.stationChief()));
		assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> o instanceof ConflictException).hasSize(1);
		int signatures = jdbc.queryForObject("select count(*) from approval_signatures where request_id = ?",
				Integer.class, id);
		String status = jdbc.queryForObject("select status from approval_requests where id = ?", String.class, id);
		// Either the withdrawal came first and nobody signed, or the signature did and the request goes on.
		assertThat(status + " " + signatures).isIn("WITHDRAWN 0", "PENDING 1");
	}
}
