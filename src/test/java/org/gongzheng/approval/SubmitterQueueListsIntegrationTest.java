package org.gongzheng.approval;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The two lists of the queue that wait for the submitter (returned for correction, gone stale) page
 * through in full like the others, through the API and on their own page, with the totals the
 * queue gives; an address naming no list says which lists there are.
 */
@IntegrationTest
class SubmitterQueueListsIntegrationTest {

	private static final String LISTS_ZH = "waitingForMe、overdueInScope、submittedByMe、returnedToMe、staleForMe";

	private static final String LISTS_EN = "waitingForMe, overdueInScope, submittedByMe, returnedToMe, staleForMe";

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final JdbcTemplate jdbc;

	private final Approvals approvals;

	private Fixtures.Bureau bureau;

	SubmitterQueueListsIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			JdbcTemplate jdbc, Approvals approvals) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.jdbc = jdbc;
		this.approvals = approvals;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	/** Filings the officer submitted and the station chief returned, in the order they were returned. */
	private List<Long> returnedFilings(SignedInOfficer officer, String title, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			long id = testCases.submitForApproval(officer, testCases.acceptedWithRecord(officer, title + i),
					CaseTransition.FILE);
			testApprovals.returnForCorrection(id, "请补充现场照片" + i);
			ids.add(id);
		}
		return ids;
	}

	/** Filings the officer submitted whose case changed afterwards, in the order they were submitted. */
	private List<Long> staleFilings(SignedInOfficer officer, String title, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			LawCase lawCase = testCases.acceptedWithRecord(officer, title + i);
			ids.add(testCases.submitForApproval(officer, lawCase, CaseTransition.FILE));
			changed(lawCase);
		}
		return ids;
	}

	/** A major-penalty request the officer submitted on a case of their own. */
	private long penaltyRequest(LawCase lawCase) {
		return approvals.submit(new ApprovalSubmission(ApprovalAction.PENALTY_MAJOR, lawCase.getId(),
				lawCase.getVersion(), "PENALTY_DECISION", "91", "拟处罚", null), bureau.officer()).id();
	}

	/** What any change to the case file does to the requests pending on it. */
	private void changed(LawCase lawCase) {
		jdbc.update("update cases set version = version + 1 where id = ?", lawCase.getId());
	}

	@Test
	void theReturnedListPagesTheCallersOwnReturnsNewestFirstWithTheQueuesTotal() throws Exception {
		List<Long> filings = returnedFilings(bureau.officer(), "退回案", 3);
		long penalty = penaltyRequest(testCases.acceptedWithRecord(bureau, "退回处罚案"));
		testApprovals.returnForCorrection(penalty, "裁量理由不充分");
		long colleagues = returnedFilings(bureau.colleague(), "同事退回案", 1).get(0);
		// Still pending: not returned.
		testCases.submitForApproval(bureau, testCases.acceptedWithRecord(bureau, "待审案"), CaseTransition.FILE);

		mvc.perform(get("/api/v1/approvals/queue").param("limit", "2").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.returnedToMe").value(4))
			.andExpect(jsonPath("$.returnedToMe.length()").value(2));
		mvc.perform(get("/api/v1/approvals/queue/returnedToMe").param("size", "3").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(4))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.size").value(3))
			.andExpect(jsonPath("$.content.length()").value(3))
			.andExpect(jsonPath("$.content[0].requestId").value((int) penalty))
			.andExpect(jsonPath("$.content[0].action").value("PENALTY_MAJOR"))
			.andExpect(jsonPath("$.content[0].opinion").value("裁量理由不充分"))
			.andExpect(jsonPath("$.content[0].returnedBy").value((int) bureau.stationChief().officerId()))
			.andExpect(jsonPath("$.content[0].returnedAt").exists())
			.andExpect(jsonPath("$.content[1].requestId").value(filings.get(2).intValue()))
			.andExpect(jsonPath("$.content[2].requestId").value(filings.get(1).intValue()));
		mvc.perform(get("/api/v1/approvals/queue/returnedToMe").param("page", "1").param("size", "3")
			.with(user(bureau.officer())))
			.andExpect(jsonPath("$.totalElements").value(4))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value(filings.get(0).intValue()))
			.andExpect(jsonPath("$.content[0].opinion").value("请补充现场照片1"));
		mvc.perform(get("/api/v1/approvals/queue/returnedToMe").with(user(bureau.officer())))
			.andExpect(jsonPath("$.content[*].requestId", not(hasItem((int) colleagues))));
		mvc.perform(get("/api/v1/approvals/queue/returnedToMe").param("action", "FILING").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totalElements").value(3))
			.andExpect(jsonPath("$.content[*].action", everyItem(org.hamcrest.Matchers.is("FILING"))));
		mvc.perform(get("/api/v1/approvals/queue/returnedToMe").param("action", "PENALTY_MAJOR")
			.with(user(bureau.officer())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) penalty));
		mvc.perform(get("/api/v1/approvals/queue/returnedToMe").with(user(bureau.colleague())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) colleagues));
		// The signer who returned them has nothing to resubmit.
		mvc.perform(get("/api/v1/approvals/queue/returnedToMe").with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void theStaleListPagesTheCallersOwnAndTheirCasesOldestFirstWithTheQueuesTotal() throws Exception {
		List<Long> filings = staleFilings(bureau.officer(), "变化案", 3);
		LawCase penaltyCase = testCases.acceptedWithRecord(bureau, "变化处罚案");
		long penalty = penaltyRequest(penaltyCase);
		changed(penaltyCase);
		// A colleague's case the officer co-handles is theirs to resubmit too; the colleague's own is not.
		LawCase coHandled = testCases.acceptedWithRecord(bureau.colleague(), "协办变化案");
		long colleaguesCoHandled = testCases.submitForApproval(bureau.colleague(), coHandled, CaseTransition.FILE);
		jdbc.update("update cases set co_handler_id = ? where id = ?", bureau.officer().officerId(), coHandled.getId());
		changed(coHandled);
		long colleagues = staleFilings(bureau.colleague(), "同事变化案", 1).get(0);
		// Current, and returned: neither is stale.
		testCases.submitForApproval(bureau, testCases.acceptedWithRecord(bureau, "未变化案"), CaseTransition.FILE);
		returnedFilings(bureau.officer(), "退回案", 1);

		mvc.perform(get("/api/v1/approvals/queue").param("limit", "2").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.staleForMe").value(5))
			.andExpect(jsonPath("$.staleForMe.length()").value(2));
		mvc.perform(get("/api/v1/approvals/queue/staleForMe").param("size", "4").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(5))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.content.length()").value(4))
			.andExpect(jsonPath("$.content[0].requestId").value(filings.get(0).intValue()))
			.andExpect(jsonPath("$.content[0].caseTitle").value("变化案1"))
			.andExpect(jsonPath("$.content[0].link").value(1))
			.andExpect(jsonPath("$.content[0].linkName").exists())
			.andExpect(jsonPath("$.content[*].stale", everyItem(org.hamcrest.Matchers.is(true))))
			.andExpect(jsonPath("$.content[3].requestId").value((int) penalty));
		mvc.perform(get("/api/v1/approvals/queue/staleForMe").param("page", "1").param("size", "4")
			.with(user(bureau.officer())))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) colleaguesCoHandled));
		mvc.perform(get("/api/v1/approvals/queue/staleForMe").with(user(bureau.officer())))
			.andExpect(jsonPath("$.content[*].requestId", not(hasItem((int) colleagues))));
		mvc.perform(get("/api/v1/approvals/queue/staleForMe").param("action", "PENALTY_MAJOR")
			.with(user(bureau.officer())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].requestId").value((int) penalty));
		mvc.perform(get("/api/v1/approvals/queue/staleForMe").param("action", "FILING").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totalElements").value(4));
		mvc.perform(get("/api/v1/approvals/queue/staleForMe").param("action", "CLOSING").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/approvals/queue/staleForMe").with(user(bureau.colleague())))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].requestId",
					containsInAnyOrder((int) colleaguesCoHandled, (int) colleagues)));
		mvc.perform(get("/api/v1/approvals/queue/staleForMe").with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void anAddressNamingNoListIsNotFoundAndNamesTheListsThereAre() throws Exception {
		mvc.perform(get("/api/v1/approvals/queue/foo").with(user(bureau.officer())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("approval.queue.unknownList"))
			.andExpect(jsonPath("$.detail").value("没有名为“foo”的待审列表。可用的列表：" + LISTS_ZH + "。"));
		mvc.perform(get("/api/v1/approvals/queue/foo").header("Accept-Language", "en").with(user(bureau.officer())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no queue list named \"foo\". The lists are: " + LISTS_EN + "."));
		mvc.perform(get("/approvals/queue/foo").with(user(bureau.officer())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("可用的列表：" + LISTS_ZH)));
		mvc.perform(get("/approvals/queue/foo").param("lang", "en").with(user(bureau.officer())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("The lists are: " + LISTS_EN)));
	}

	@Test
	void theQueuePageLinksToAllOfTheReturnedAndStaleListsWhichPageOnTheListPage() throws Exception {
		returnedFilings(bureau.officer(), "退回案", 11);
		staleFilings(bureau.officer(), "变化案", 11);
		mvc.perform(get("/approvals").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("退回案11<")))
			.andExpect(content().string(not(containsString("退回案1<"))))
			.andExpect(content().string(matchesRegex("(?s).*id=\"queue-returnedToMe-all\"\\s+href=\"/approvals/queue/returnedToMe\">"
					+ "查看全部 11 条（另有 1 条未列出）</a>.*")))
			.andExpect(content().string(matchesRegex("(?s).*id=\"queue-staleForMe\".*id=\"queue-staleForMe-all\"\\s+"
					+ "href=\"/approvals/queue/staleForMe\">查看全部 11 条（另有 1 条未列出）</a>.*")));
		mvc.perform(get("/approvals").param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("View all 11 (1 more not listed here)")));
		// My work shows the same ten of each, and leads to the rest.
		mvc.perform(get("/work").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesRegex("(?s).*id=\"work-returned-all\"\\s+href=\"/approvals/queue/returnedToMe\">"
					+ "查看全部 11 条（另有 1 条未列出）</a>.*")))
			.andExpect(content().string(matchesRegex("(?s).*id=\"work-stale-all\"\\s+href=\"/approvals/queue/staleForMe\">"
					+ "查看全部 11 条（另有 1 条未列出）</a>.*")));

		mvc.perform(get("/approvals/queue/returnedToMe").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"h4 mb-3\">退回待补正</h1>")))
			.andExpect(content().string(containsString("共 11 条")))
			.andExpect(content().string(containsString("<div>退回案1</div>")))
			.andExpect(content().string(containsString("请补充现场照片1<")))
			.andExpect(content().string(matchesRegex("(?s).*所长（\\d+） 于 .*")));
		mvc.perform(get("/approvals/queue/returnedToMe").param("action", "CLOSING").with(user(bureau.officer())))
			.andExpect(content().string(containsString("共 0 条")))
			.andExpect(content().string(not(containsString("退回案1<"))));
		mvc.perform(get("/approvals/queue/returnedToMe").param("page", "1").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/approvals/queue/returnedToMe?page=0\"")));
		mvc.perform(get("/approvals/queue/returnedToMe").param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("<h1 class=\"h4 mb-3\">Returned to me for correction</h1>")))
			.andExpect(content().string(containsString("<th>Returned</th>")))
			.andExpect(content().string(containsString("11 in total")));

		mvc.perform(get("/approvals/queue/staleForMe").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"h4 mb-3\">案件已变化，待我重新提交</h1>")))
			.andExpect(content().string(containsString("共 11 条")))
			.andExpect(content().string(containsString("<div>变化案11</div>")))
			.andExpect(content().string(containsString("案件在提交后已变化：请您重新提交或撤回")));
		mvc.perform(get("/approvals/queue/staleForMe").param("page", "1").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/approvals/queue/staleForMe?page=0\"")));
		// Someone else's page lists none of them.
		mvc.perform(get("/approvals/queue/returnedToMe").with(user(bureau.colleague())))
			.andExpect(content().string(containsString("共 0 条")));
		mvc.perform(get("/approvals/queue/staleForMe").with(user(bureau.colleague())))
			.andExpect(content().string(containsString("共 0 条")));
	}
}
