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
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reviewer's queue when it is long: a preview per list, each list paged and filtered in full. */
@IntegrationTest
class ReviewerQueueIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final JdbcTemplate jdbc;

	private final Approvals approvals;

	private Fixtures.Bureau bureau;

	ReviewerQueueIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			JdbcTemplate jdbc, Approvals approvals) {
		this.approvals = approvals;
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	/** Files twelve cases for approval; the first one's review is the most urgent. */
	private long twelveFilingsWaiting() {
		long first = 0;
		for (int i = 1; i <= 12; i++) {
			LawCase lawCase = testCases.acceptedWithRecord(bureau, "排队案件" + i);
			testCases.submit(bureau, lawCase, CaseTransition.FILE);
			long requestId = testApprovals.pendingOn(lawCase.getId());
			jdbc.update("update approval_requests set current_due_at = now() + make_interval(hours => ?) where id = ?",
					i, requestId);
			if (i == 1) {
				first = requestId;
			}
		}
		return first;
	}

	@Test
	void theQueuePageShowsTheTenMostUrgentOfAListAndLinksToAllOfIt() throws Exception {
		twelveFilingsWaiting();
		mvc.perform(get("/approvals").with(user(bureau.stationChief()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("排队案件1<")))
			.andExpect(content().string(containsString("排队案件10<")))
			.andExpect(content().string(not(containsString("排队案件11<"))))
			.andExpect(content().string(containsString("id=\"queue-waitingForMe-all\"")))
			.andExpect(content().string(containsString("查看全部 12 条（另有 2 条未列出）")));
		mvc.perform(get("/work").with(user(bureau.stationChief()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("排队案件10<")))
			.andExpect(content().string(not(containsString("排队案件11<"))))
			.andExpect(content().string(containsString("id=\"work-toSign-all\"")));
	}

	@Test
	void aWholeListPagesAndFiltersByAction() throws Exception {
		twelveFilingsWaiting();
		mvc.perform(get("/approvals/queue/waitingForMe").with(user(bureau.stationChief()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("共 12 条")))
			.andExpect(content().string(containsString("排队案件12<")))
			.andExpect(content().string(matchesRegex("(?s).*<a href=\"/cases/\\d+\">[^<]+</a>\\s*<div>排队案件12</div>.*")));
		mvc.perform(get("/approvals/queue/waitingForMe").param("action", "CLOSING").with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 0 条")))
			.andExpect(content().string(not(containsString("排队案件1<"))));
		mvc.perform(get("/approvals/queue/everything").with(user(bureau.stationChief())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aQueueLimitOutsideOneToFiveHundredIsRefusedOnLimitStatingTheRangeRatherThanQuietlyChanged() throws Exception {
		for (String limit : new String[] { "0", "-1", "501" }) {
			mvc.perform(get("/api/v1/approvals/queue").param("limit", limit).with(user(bureau.stationChief())))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("error.invalid"))
				.andExpect(jsonPath("$.errors[0].field").value("limit"))
				.andExpect(jsonPath("$.errors[0].message").value("须为 1 到 500 之间的整数"));
		}
		mvc.perform(get("/api/v1/approvals/queue").param("limit", "501").with(user(bureau.stationChief()))
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Must be a whole number from 1 to 500"));
		mvc.perform(get("/api/v1/approvals/queue").param("limit", "500").with(user(bureau.stationChief())))
			.andExpect(status().isOk());
	}

	@Test
	void theApiGivesTotalsAndPagesOneListMostUrgentFirst() throws Exception {
		long mostUrgent = twelveFilingsWaiting();
		mvc.perform(get("/api/v1/approvals/queue").param("limit", "5").with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.waitingForMe.length()").value(5))
			.andExpect(jsonPath("$.waitingForMe[0].requestId").value((int) mostUrgent))
			.andExpect(jsonPath("$.totals.waitingForMe").value(12))
			.andExpect(jsonPath("$.totals.returnedToMe").value(0));
		mvc.perform(get("/api/v1/approvals/queue/waitingForMe").param("page", "1").param("size", "5")
			.with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(5))
			.andExpect(jsonPath("$.content[0].caseTitle").value("排队案件6"))
			.andExpect(jsonPath("$.totalElements").value(12))
			.andExpect(jsonPath("$.totalPages").value(3));
		mvc.perform(get("/api/v1/approvals/queue/submittedByMe").param("action", "FILING").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totalElements").value(12));
		mvc.perform(get("/api/v1/approvals/queue/nothing").with(user(bureau.officer())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("nothing")));
		mvc.perform(get("/api/v1/approvals/queue/waitingForMe").param("action", "PARKING").with(user(bureau.officer())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void overdueReviewsArePagedMostOverdueFirstForLeadersOnly() throws Exception {
		twelveFilingsWaiting();
		jdbc.update("""
				update approval_requests set current_due_at = current_due_at - interval '1 day'
				where status = 'PENDING' and case_unit_path like ?""", bureau.bureau().getPath() + "%");
		mvc.perform(get("/api/v1/approvals/queue/overdueInScope").param("page", "1").param("size", "5")
			.with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(12))
			.andExpect(jsonPath("$.content[0].caseTitle").value("排队案件6"))
			.andExpect(jsonPath("$.content[0].overdue").value(true));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.leader())))
			.andExpect(jsonPath("$.totals.overdueInScope").value(12))
			.andExpect(jsonPath("$.totals.waitingForMe").value(0));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totals.overdueInScope").value(0))
			.andExpect(jsonPath("$.totals.submittedByMe").value(12));
		mvc.perform(get("/approvals").with(user(bureau.leader()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("查看全部 12 条（另有 2 条未列出）")));
	}

	@Test
	void aSignedLinkMovesTheRequestIntoTheQueueOfTheNextLinksRole() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "移交法制案件");
		long id = approvals.submit(new ApprovalSubmission(ApprovalAction.PENALTY_MAJOR, lawCase.getId(),
				lawCase.getVersion(), "PENALTY_DECISION", "91", "拟处罚", null), bureau.officer()).id();
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.legal())))
			.andExpect(jsonPath("$.waitingForMe[*].requestId", not(hasItem((int) id))));
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		approvals.sign(id, Approvals.Decision.APPROVE, null, bureau.stationChief());
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.legal())))
			.andExpect(jsonPath("$.waitingForMe[*].requestId", hasItem((int) id)))
			.andExpect(jsonPath("$.waitingForMe[?(@.requestId == " + id + ")].link").value(hasItem(2)));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.waitingForMe[*].requestId", not(hasItem((int) id))));
		testApprovals.readEverything(lawCase.getId(), bureau.legal().officerId());
		approvals.sign(id, Approvals.Decision.REFUSE, "证据不足", bureau.legal());
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.legal())))
			.andExpect(jsonPath("$.totals.waitingForMe").value(0));
	}

	@Test
	void aResubmittedRequestIsBackInTheFirstSignersQueue() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "补正后重新提交案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		long id = testApprovals.pendingOn(lawCase.getId());
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		approvals.sign(id, Approvals.Decision.RETURN, "请补充现场照片", bureau.stationChief());
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.waitingForMe[*].requestId", not(hasItem((int) id))));
		approvals.resubmit(id, null, "已补充现场照片", bureau.officer());
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.waitingForMe[*].requestId", hasItem((int) id)));
	}

	@Test
	void everyPageFetchesABadgeCountingWhatWaitsForMySignature() throws Exception {
		twelveFilingsWaiting();
		mvc.perform(get("/cases").with(user(bureau.stationChief()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/approvals/waiting-count\"")));
		mvc.perform(get("/approvals/waiting-count").with(user(bureau.stationChief()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-waiting-count\"")))
			.andExpect(content().string(containsString(">12<")))
			.andExpect(content().string(containsString("（12 件等我签批）")));
		mvc.perform(get("/approvals/waiting-count").param("lang", "en").with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("(12 waiting for my signature)")));
		// Nothing waits for the handling officer: no badge at all.
		mvc.perform(get("/approvals/waiting-count").with(user(bureau.officer()))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("nav-waiting-count"))));
	}
}
