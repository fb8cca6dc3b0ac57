package org.gongzheng.document;

import java.time.Instant;

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
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.LawCaseRepository;
import org.gongzheng.casework.internal.ReportSource;
import org.gongzheng.casework.internal.SeizedProperties;
import org.gongzheng.casework.internal.SeizedProperty;
import org.gongzheng.casework.internal.SeizedPropertyCommand;
import org.gongzheng.casework.internal.TransitionCommand;
import org.gongzheng.discretion.PenaltyCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A document issued by hand is numbered and kept for ever, so it is refused, numbering and saving
 * nothing, unless the case stands where the law has the document issued.
 */
@IntegrationTest
class DocumentIssuingRulesIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	private final TestCases testCases;

	private final TestApprovals approvals;

	private final CaseWork work;

	private final LawCaseRepository cases;

	private final SeizedProperties property;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	DocumentIssuingRulesIntegrationTest(MockMvc mvc, Fixtures fixtures, PenaltyCases penaltyCases, TestCases testCases,
			TestApprovals approvals, CaseWork work, LawCaseRepository cases, SeizedProperties property, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
		this.testCases = testCases;
		this.approvals = approvals;
		this.work = work;
		this.cases = cases;
		this.property = property;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void aBureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void aNonFilingNoticeIsRefusedUntilFilingWasDeclinedAndNothingIsNumbered() throws Exception {
		long accepted = testCases.acceptedWithRecord(bureau, "未决定立案案").getId();
		long investigating = penaltyCases.assault(bureau).caseId();
		int counters = counters();
		for (long caseId : new long[] { accepted, investigating }) {
			issue(caseId, """
					{"type": "NON_FILING_NOTICE", "fields": {"recipient": "李四", "reason": "无违法事实", "basis": "依据"}}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("不予立案")))
				.andExpect(jsonPath("$.errors[0].field").value("type"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("第一百七十九条")));
			assertThat(documentsOf(caseId)).isZero();
		}
		assertThat(counters()).isEqualTo(counters);

		LawCase lawCase = cases.findById(accepted).orElseThrow();
		approvals.approveAll(testCases.submitForApproval(bureau, lawCase, CaseTransition.DECLINE_FILING));
		assertThat(testCases.state(lawCase)).isEqualTo(CaseState.NOT_FILED);
		issue(accepted, """
				{"type": "NON_FILING_NOTICE", "fields": {"recipient": "李四", "reason": "无违法事实", "basis": "依据"}}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(containsString("不立字〔")));
	}

	@Test
	void anAcceptanceReceiptIsRefusedOnACaseStillOnlyRegistered() throws Exception {
		LawCase registered = work.register(new IntakeCommand(CaseType.ADMINISTRATIVE, "刚接报案", "案情", ReportSource.CALL_110,
				"李四", null, null, null, null, bureau.officer().officerId()), bureau.officer());
		issue(registered.getId(), """
				{"type": "ACCEPTANCE_RECEIPT", "fields": {"recipient": "李四", "note": ""}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("受案后")));
		assertThat(documentsOf(registered.getId())).isZero();

		work.transition(registered.getId(), new TransitionCommand(CaseTransition.ACCEPT, testCases.version(registered), null,
				null, null, null, null), bureau.officer());
		issue(registered.getId(), """
				{"type": "ACCEPTANCE_RECEIPT", "fields": {"recipient": "李四", "note": ""}}""")
			.andExpect(status().isCreated());
		// One acceptance, one receipt: a second is refused naming the first, which a correction would fix.
		String first = jdbc.queryForObject("select number from legal_documents where case_id = ?", String.class,
				registered.getId());
		issue(registered.getId(), """
				{"type": "ACCEPTANCE_RECEIPT", "fields": {"recipient": "李四", "note": "再开一张"}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(first)));
		assertThat(documentsOf(registered.getId())).isEqualTo(1);
	}

	@Test
	void aPenaltyPreNoticeIsRecordedOnlyWhileAnAdministrativeCaseIsUnderInvestigation() throws Exception {
		String notice = """
				{"type": "PENALTY_NOTICE_RECORD", "fields": {"recipient": "张某", "facts": "殴打他人",
				 "proposedPenalty": "罚款一亿元", "basis": "依据", "hearingRights": "听证", "statement": ""}}""";
		long accepted = testCases.acceptedWithRecord(bureau, "未立案案").getId();
		issue(accepted, notice)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("第四十四条")));

		long revoked = penaltyCases.assault(bureau).caseId();
		approvals.approveAll(testCases.submitForApproval(bureau, cases.findById(revoked).orElseThrow(), CaseTransition.REVOKE));
		assertThat(cases.findById(revoked).orElseThrow().getState()).isEqualTo(CaseState.REVOKED);
		issue(revoked, notice).andExpect(status().isBadRequest());

		long criminal = criminalUnderInvestigation();
		issue(criminal, notice)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("行政案件")));
		assertThat(documentsOf(accepted) + documentsOf(revoked) + documentsOf(criminal)).isZero();

		issue(penaltyCases.assault(bureau).caseId(), notice).andExpect(status().isCreated());
	}

	@Test
	void aSeizureDecisionIsRefusedUntilSeizedPropertyIsRecordedAndSaysToRecordItFirst() throws Exception {
		long caseId = penaltyCases.assault(bureau).caseId();
		String decision = """
				{"type": "SEIZURE_DECISION", "fields": {"recipient": "张某", "items": "手机一部", "basis": "依据",
				 "custodyPlace": "保管室"}}""";
		int counters = counters();
		issue(caseId, decision)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("请先")))
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("请先")));
		assertThat(documentsOf(caseId)).isZero();
		assertThat(counters()).isEqualTo(counters);

		property.seize(caseId, new SeizedPropertyCommand("手机", SeizedProperty.Category.ELECTRONICS, 1, "部", 100000L,
				SeizedProperty.Kind.SEIZURE, null, null, null, null), bureau.officer());
		issue(caseId, decision)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(containsString("扣字〔")));
	}

	@Test
	void aPreNoticeCannotBeCorrectedOnceItsCaseHasEndedSinceACorrectionIsANewDocument() throws Exception {
		long caseId = penaltyCases.assault(bureau).caseId();
		String response = issue(caseId, """
				{"type": "PENALTY_NOTICE_RECORD", "fields": {"recipient": "张某", "facts": "殴打他人",
				 "proposedPenalty": "罚款二百元", "basis": "依据", "hearingRights": "听证", "statement": ""}}""")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(response, "$.id")).longValue();
		approvals.approveAll(testCases.submitForApproval(bureau, cases.findById(caseId).orElseThrow(), CaseTransition.REVOKE));

		mvc.perform(post("/api/v1/documents/{id}/corrections", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"reason": "罚款金额写错", "fields": {"recipient": "张某", "facts": "殴打他人", "proposedPenalty": "罚款五百元",
					 "basis": "依据", "hearingRights": "听证", "statement": ""}}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("第四十四条")));
		assertThat(documentsOf(caseId)).isEqualTo(1);
	}

	@Test
	void onThePageARefusedDocumentSaysWhyAndKeepsWhatWasTyped() throws Exception {
		long caseId = penaltyCases.assault(bureau).caseId();
		mvc.perform(post("/cases/{id}/documents/new", caseId).param("type", "NON_FILING_NOTICE")
			.param("recipient", "李四").param("reason", "打字的理由").param("basis", "打字的依据")
			.with(user(bureau.officer())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"issue-refused\"")))
			.andExpect(content().string(containsString("第一百七十九条")))
			.andExpect(content().string(containsString("打字的理由")))
			.andExpect(content().string(containsString("打字的依据")));
		assertThat(documentsOf(caseId)).isZero();
	}

	@Test
	void theCasePageOffersOnlyTheDocumentsItsStateAllowsAndSaysWhyTheOthersWait() throws Exception {
		long caseId = penaltyCases.assault(bureau).caseId();
		String page = mvc.perform(get("/cases/{id}/documents", caseId).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/cases/" + caseId + "/documents/new?type=PENALTY_NOTICE_RECORD")
			.contains("/cases/" + caseId + "/documents/new?type=ACCEPTANCE_RECEIPT")
			.doesNotContain("/cases/" + caseId + "/documents/new?type=NON_FILING_NOTICE")
			.doesNotContain("/cases/" + caseId + "/documents/new?type=SEIZURE_DECISION")
			.contains("id=\"why-NON_FILING_NOTICE\"").contains("id=\"why-SEIZURE_DECISION\"");
		mvc.perform(get("/cases/{id}/documents/new", caseId).param("type", "SEIZURE_DECISION").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"issue-refused\"")))
			.andExpect(content().string(containsString("请先")));
		mvc.perform(get("/cases/{id}/documents/new", caseId).param("type", "PENALTY_NOTICE_RECORD").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"issue-refused\""))));
	}

	@Test
	void theSeizureDecisionFormListsTheSeizedPropertyRecordedOnTheCase() throws Exception {
		long caseId = penaltyCases.assault(bureau).caseId();
		property.seize(caseId, new SeizedPropertyCommand("黑色手机", SeizedProperty.Category.ELECTRONICS, 2, "部", 100000L,
				SeizedProperty.Kind.SEIZURE, null, null, null, null), bureau.officer());
		mvc.perform(get("/cases/{id}/documents/new", caseId).param("type", "SEIZURE_DECISION").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("黑色手机 2部")))
			.andExpect(content().string(not(containsString("id=\"issue-refused\""))));
	}

	private ResultActions issue(long caseId, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases/{id}/documents", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private int documentsOf(long caseId) {
		return jdbc.queryForObject("select count(*) from legal_documents where case_id = ?", Integer.class, caseId);
	}

	/** The sum of every number counter: a refused issue must not move any. */
	private int counters() {
		return jdbc.queryForObject("select coalesce(sum(last_value), 0) from document_number_counters", Integer.class);
	}

	/** A criminal case filed and under investigation, each approval signed to the end. */
	private long criminalUnderInvestigation() {
		LawCase c = work.register(new IntakeCommand(CaseType.CRIMINAL, "王某盗窃案", "报警人称手机被盗。", ReportSource.CALL_110,
				"李四", null, Instant.now().minusSeconds(7200), "东湖路88号", null, null), bureau.officer());
		take(c.getId(), CaseTransition.ACCEPT, bureau.officer().officerId());
		testCases.addRecord(bureau.officer(), c.getId());
		take(c.getId(), CaseTransition.FILE, null);
		take(c.getId(), CaseTransition.START_INVESTIGATION, null);
		assertThat(cases.findById(c.getId()).orElseThrow().getState()).isEqualTo(CaseState.INVESTIGATING);
		return c.getId();
	}

	private void take(long caseId, CaseTransition transition, Long handler) {
		long version = cases.findById(caseId).orElseThrow().getVersion();
		var outcome = work.transition(caseId, new TransitionCommand(transition, version, null, handler, null, null, null),
				bureau.officer());
		if (outcome.awaitingApproval()) {
			approvals.approveAll(outcome.approval().id());
		}
	}
}
