package org.gongzheng.discretion;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Pdfs;
import org.gongzheng.TestApprovals;
import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.Cases;
import org.gongzheng.discretion.internal.PenaltyDecisions;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ordinary procedure on a public-order case: recommendation, a proposal outside the range with
 * a reason, approval through the chain with legal review, and the numbered decision as PDF. The fixture bureau has no local
 * standard, so the statutory ranges apply: assault ordinary grade 5-10 days and 200-500 yuan.
 */
@IntegrationTest
class OrdinaryPenaltyFlowIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	private final PenaltyDecisions decisions;

	private final Cases cases;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Approvals approvals;

	private final TestApprovals testApprovals;

	private Fixtures.Bureau bureau;

	private PenaltyCases.InvestigatedCase assault;

	OrdinaryPenaltyFlowIntegrationTest(MockMvc mvc, Fixtures fixtures, PenaltyCases penaltyCases,
			PenaltyDecisions decisions, Cases cases, JdbcTemplate jdbc, Clock clock, Approvals approvals,
			TestApprovals testApprovals) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
		this.decisions = decisions;
		this.cases = cases;
		this.jdbc = jdbc;
		this.clock = clock;
		this.approvals = approvals;
		this.testApprovals = testApprovals;
	}

	@BeforeEach
	void investigatedAssault() {
		bureau = fixtures.bureau();
		assault = penaltyCases.assault(bureau);
	}

	private String proposal(String fine, Integer days, String deviationReason, String omissionReason) {
		return """
				{"partyId": %d, "violationCode": "PO01", "circumstances": [],
				 "facts": "张某在东湖路因琐事殴打李四，致其面部擦伤，有询问笔录和执法记录仪视频证实。",
				 "fine": %s, "detentionDays": %s, "deviationReason": %s, "omissionReason": %s}"""
			.formatted(assault.offenderId(), fine, days, deviationReason == null ? "null" : "\"" + deviationReason + "\"",
					omissionReason == null ? "null" : "\"" + omissionReason + "\"");
	}

	private ResultActions propose(SignedInOfficer officer, String json) throws Exception {
		return mvc.perform(post("/api/v1/cases/{id}/penalty-decisions", assault.caseId()).with(user(officer))
			.header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Signs the open link as {@code signer}, after opening the case's materials. */
	private void sign(long requestId, SignedInOfficer signer, Approvals.Decision decision, String opinion) {
		testApprovals.readEverything(assault.caseId(), signer.officerId());
		approvals.sign(requestId, decision, opinion, signer);
	}

	private long requestOf(String response) {
		return ((Number) JsonPath.read(response, "$.approvalRequestId")).longValue();
	}

	private long idOf(String response) {
		return ((Number) JsonPath.read(response, "$.id")).longValue();
	}

	private String statusOf(long decisionId) {
		return jdbc.queryForObject("select status from penalty_decisions where id = ?", String.class, decisionId);
	}

	private int year() {
		return clock.instant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
	}

	@Test
	void theRecommendationShowsTheGradeTheRangeAndTheCitations() throws Exception {
		mvc.perform(get("/api/v1/violations/PO01/recommendation").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("ORDINARY"))
			.andExpect(jsonPath("$.jurisdictionCode").value("000000"))
			.andExpect(jsonPath("$.range.fineMinFen").value(20000))
			.andExpect(jsonPath("$.range.fineMaxFen").value(50000))
			.andExpect(jsonPath("$.range.detentionMinDays").value(5))
			.andExpect(jsonPath("$.range.detentionMaxDays").value(10))
			.andExpect(jsonPath("$.citations[*].zh", hasItem("《中华人民共和国治安管理处罚法》第四十三条第一款")));
		Recommendation heavier = decisions.recommend(assault.caseId(), "PO01", Set.of("VULNERABLE_VICTIM"),
				bureau.officer());
		assertThat(heavier.grade()).isEqualTo(Grade.HEAVIER);
		assertThat(heavier.range().detentionText()).isEqualTo("10–15");
		assertThat(heavier.citations()).extracting(LocalizedText::zh)
			.contains("《中华人民共和国治安管理处罚法》第四十三条第二款");
		assertThat(decisions.recommend(assault.caseId(), "PO01", Set.of("VULNERABLE_VICTIM", "SURRENDER"),
				bureau.officer()).grade()).isEqualTo(Grade.ORDINARY);
		mvc.perform(get("/api/v1/violations/PO01/recommendation").param("circumstances", "NOT_LISTED")
			.with(user(bureau.officer()))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("circumstances"));
	}

	@Test
	void aDecisionWithinTheRangeIsApprovedByTheOrdinaryChainThenIssuedAndTheCaseIsDecided() throws Exception {
		String response = propose(bureau.officer(), proposal("200", 5, null, null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andExpect(jsonPath("$.approvalAction").value("PENALTY_ORDINARY"))
			.andExpect(jsonPath("$.outOfRange").value(false))
			.andExpect(jsonPath("$.legalReviewRequired").value(false))
			.andReturn().getResponse().getContentAsString();
		assertThat(cases.facts(assault.caseId()).orElseThrow().state()).isEqualTo(CaseState.INVESTIGATING);
		testApprovals.approveAll(requestOf(response));
		mvc.perform(get("/api/v1/penalty-decisions/{id}", idOf(response)).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.documentNumber").value(bureau.subBureau().getShortName() + "行罚决字〔" + year() + "〕1号"));
		assertThat(cases.facts(assault.caseId()).orElseThrow().state()).isEqualTo(CaseState.DECIDED);
	}

	@Test
	void aDecisionOutsideTheRangeNeedsAReasonGoesThroughLegalReviewAndIsIssuedAsANumberedPdf() throws Exception {
		propose(bureau.officer(), proposal("500", 12, null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'deviationReason')].message",
					hasItem(containsString("超出裁量基准须书面说明理由（《中华人民共和国行政处罚法》第三十四条）"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'detentionDays')].message",
					hasItem(containsString("拘留天数高于本档上限10日"))));
		assertThat(jdbc.queryForObject("select count(*) from penalty_decisions where case_id = ?", Integer.class,
				assault.caseId())).isZero();

		String response = propose(bureau.officer(), proposal("500", 12, "殴打持续时间长，被侵害人受伤较重", null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andExpect(jsonPath("$.approvalAction").value("PENALTY_MAJOR"))
			.andExpect(jsonPath("$.outOfRange").value(true))
			.andExpect(jsonPath("$.reviewRules[0]").value("REVIEW_OUT_OF_RANGE"))
			.andExpect(jsonPath("$.documentNumber").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		long id = idOf(response);
		long requestId = requestOf(response);
		long standardId = ((Number) JsonPath.read(response, "$.standardId")).longValue();
		assertThat(standardId).isEqualTo(decisions.recommend(assault.caseId(), "PO01", Set.of(), bureau.officer())
			.standardId());
		assertThat(jdbc.queryForMap("select out_of_range, deviation_reason from penalty_decisions where id = ?", id))
			.containsEntry("out_of_range", true).containsEntry("deviation_reason", "殴打持续时间长，被侵害人受伤较重");
		mvc.perform(get("/api/v1/penalty-decisions").param("outOfRange", "true").with(user(bureau.legal())))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		Approvals.RequestSummary request = approvals.request(requestId).orElseThrow();
		assertThat(request.action()).isEqualTo(ApprovalAction.PENALTY_MAJOR);
		assertThat(request.subjectType()).isEqualTo("PENALTY_DECISION");
		assertThat(request.subjectId()).isEqualTo(String.valueOf(id));
		// The system wrote what is asked, so it says it in both languages; the reason stays as entered.
		assertThat(jdbc.queryForMap("select summary, summary_en from approval_requests where id = ?", requestId))
			.hasEntrySatisfying("summary", text -> assertThat((String) text).startsWith("拟对").contains("超出裁量幅度"))
			.hasEntrySatisfying("summary_en", text -> assertThat((String) text).startsWith("Proposed penalty for ")
				.contains(" for Assault (hitting another person): ").contains("discretion standard \"").contains("Outside the range; reason: 殴打持续时间长"));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Proposed penalty for ")));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.summaryEn").value(startsWith("Proposed penalty for ")));

		// The handling unit first, then the legal department's review, then the bureau leaders.
		assertThatThrownBy(() -> sign(requestId, bureau.officer(), Approvals.Decision.APPROVE, null))
			.isInstanceOf(RuntimeException.class);
		sign(requestId, bureau.stationChief(), Approvals.Decision.APPROVE, "同意，报法制审核");
		assertThat(approvals.eligibleSigners(requestId)).contains(bureau.legal().officerId())
			.doesNotContain(bureau.stationChief().officerId());
		sign(requestId, bureau.legal(), Approvals.Decision.APPROVE, "超出幅度理由成立");
		assertThat(statusOf(id)).isEqualTo("PENDING_APPROVAL");
		assertThat(jdbc.queryForObject("select count(*) from legal_documents where case_id = ?", Integer.class,
				assault.caseId())).isZero();
		assertThat(cases.facts(assault.caseId()).orElseThrow().state()).isEqualTo(CaseState.INVESTIGATING);
		testApprovals.approveAll(requestId);

		String approved = mvc.perform(get("/api/v1/penalty-decisions/{id}", id).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andReturn().getResponse().getContentAsString();
		String number = JsonPath.read(approved, "$.documentNumber");
		long documentId = ((Number) JsonPath.read(approved, "$.documentId")).longValue();
		assertThat(number).isEqualTo(bureau.subBureau().getShortName() + "行罚决字〔" + year() + "〕1号");
		assertThat(cases.facts(assault.caseId()).orElseThrow().state()).isEqualTo(CaseState.DECIDED);
		assertThat(jdbc.queryForList("select event_type from case_timeline where case_id = ? "
				+ "and subject = 'enum.ApprovalAction.PENALTY_MAJOR' order by id", String.class, assault.caseId()))
			.containsExactly("APPROVAL_SUBMITTED", "APPROVAL_GRANTED");
		mvc.perform(get("/penalty-decisions/{id}", id).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"document-link\">" + number + "</a>")));

		byte[] pdf = Pdfs.of(mvc.perform(get("/api/v1/documents/{id}/pdf", documentId).with(user(bureau.officer())))
			.andReturn());
		assertThat(Pdfs.flatText(pdf)).contains("行政处罚决定书").contains(number).contains("行政拘留12日")
			.contains("罚款人民币伍佰元整").contains("裁量说明：殴打持续时间长").contains("本决定已经法制审核");
	}

	@Test
	void detentionTheStandardRequiresCannotBeReplacedByAFineWithoutALawfulReason() throws Exception {
		propose(bureau.officer(), proposal("500", null, null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'detentionDays')].message",
					hasItem(containsString("应当拘留的不得以罚代拘（《中华人民共和国行政处罚法》第五条）"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'detentionDays')].message",
					hasItem(containsString("《中华人民共和国治安管理处罚法》第四十三条第一款"))));
		propose(bureau.officer(), proposal("500", null, null, "张某已满十四周岁不满十六周岁，依法不执行行政拘留"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andExpect(jsonPath("$.approvalAction").value("PENALTY_MAJOR"))
			.andExpect(jsonPath("$.outOfRange").value(true));
	}

	@Test
	void aReturnedOrRefusedProposalMayBeFollowedByANewOne() throws Exception {
		String response = propose(bureau.officer(), proposal("500", 12, "情节恶劣", null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		propose(bureau.officer(), proposal("200", 5, null, null)).andExpect(status().isConflict());
		sign(requestOf(response), bureau.stationChief(), Approvals.Decision.RETURN, "理由不充分，请补充证据");
		mvc.perform(get("/api/v1/penalty-decisions/{id}", idOf(response)).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.reviewOpinion").value("理由不充分，请补充证据"))
			.andExpect(jsonPath("$.reviewedBy").value(bureau.stationChief().officerId()));

		String second = propose(bureau.officer(), proposal("200", 5, null, null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andReturn().getResponse().getContentAsString();
		sign(requestOf(second), bureau.stationChief(), Approvals.Decision.REFUSE, "不应处罚");
		assertThat(statusOf(idOf(second))).isEqualTo("REFUSED");
		// The case's history holds both approvals of the penalty, from submission to outcome.
		assertThat(jdbc.queryForList("""
				select event_type || ' ' || left(coalesce(note, ''), 6) from case_timeline
				where case_id = ? and subject like 'enum.ApprovalAction.PENALTY_%' order by id""", String.class,
				assault.caseId()))
			.containsExactly("APPROVAL_SUBMITTED 拟对张某（殴", "APPROVAL_RETURNED 理由不充分，", "APPROVAL_WITHDRAWN 已对同一当事",
					"APPROVAL_SUBMITTED 拟对张某（殴", "APPROVAL_REFUSED 不应处罚");
		propose(bureau.officer(), proposal("200", 5, null, null)).andExpect(status().isCreated());
	}

	@Test
	void aReturnedPenaltyIsResubmittedAsProposedWithANoteOfWhatWasCorrectedAndItsWordingCannotBeRewritten()
			throws Exception {
		String response = propose(bureau.officer(), proposal("500", 12, "情节恶劣", null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long request = requestOf(response);
		sign(request, bureau.stationChief(), Approvals.Decision.RETURN, "请补充伤情鉴定");
		String asked = jdbc.queryForObject("select summary from approval_requests where id = ?", String.class, request);
		// New words would not change the penalty that approval issues; the signers would approve text
		// that differs from the decision. Refused beside the field, and nothing moves.
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", request).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"拟对张某处行政拘留3日\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("summary"));
		assertThat(jdbc.queryForObject("select round from approval_requests where id = ?", Integer.class, request))
			.isEqualTo(1);
		mvc.perform(get("/approvals/{id}", request).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"summary-fixed\"")))
			.andExpect(content().string(not(containsString("name=\"summary\""))));
		mvc.perform(post("/approvals/{id}/resubmit", request).with(user(bureau.officer())).with(csrf())
			.param("note", "已补充伤情鉴定意见书")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/approvals/{id}", request).with(user(bureau.officer())))
			.andExpect(jsonPath("$.round").value(2))
			.andExpect(jsonPath("$.summary").value(asked))
			.andExpect(jsonPath("$.summaryEditable").value(false))
			.andExpect(jsonPath("$.rounds[0].note").doesNotExist())
			.andExpect(jsonPath("$.rounds[1].summary").value(asked))
			.andExpect(jsonPath("$.rounds[1].note").value("已补充伤情鉴定意见书"));
		assertThat(statusOf(idOf(response))).isEqualTo("PENDING_APPROVAL");
		assertThat(jdbc.queryForObject("""
				select note from case_timeline where case_id = ? and event_type = 'APPROVAL_RESUBMITTED'""", String.class,
				assault.caseId())).isEqualTo("已补充伤情鉴定意见书");
		mvc.perform(get("/approvals/{id}", request).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("id=\"round-2\"")))
			.andExpect(content().string(containsString("同上一轮")))
			.andExpect(content().string(containsString("已补充伤情鉴定意见书")));
	}

	@Test
	void aNewProposalForThePartyWithdrawsTheReturnedOneSoItIsNeverSubmittedAgainBesideIt() throws Exception {
		String first = propose(bureau.officer(), proposal("500", 12, "情节恶劣", null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		sign(requestOf(first), bureau.stationChief(), Approvals.Decision.RETURN, "拘留过重，请重新提出");
		String second = propose(bureau.officer(), proposal("200", 5, null, null)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestOf(first)).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.resubmit.notReturned"));
		// The returned one was withdrawn as superseded: it leaves the officer's returns, with the reason.
		assertThat(statusOf(idOf(first))).isEqualTo("WITHDRAWN");
		assertThat(statusOf(idOf(second))).isEqualTo("PENDING_APPROVAL");
		mvc.perform(get("/api/v1/approvals/{id}", requestOf(first)).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawalReason").value(startsWith("已对同一当事人重新提出处罚意见")))
			.andExpect(jsonPath("$.withdrawalReasonEn").value(startsWith("A new penalty proposal for the same party")));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.totals.returnedToMe").value(0));
	}

	@Test
	void aProposalWhoseReturnedRequestIsWithdrawnIsClosedAsWithdrawn() throws Exception {
		String response = propose(bureau.officer(), proposal("500", 12, "情节恶劣", null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		sign(requestOf(response), bureau.stationChief(), Approvals.Decision.RETURN, "理由不充分，请补充证据");
		approvals.withdraw(requestOf(response), null, "改为警告处理", bureau.officer());
		mvc.perform(get("/api/v1/penalty-decisions/{id}", idOf(response)).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'PENALTY_WITHDRAWN' and object_id = ?",
				Integer.class, String.valueOf(idOf(response)))).isEqualTo(1);
		propose(bureau.officer(), proposal("200", 5, null, null)).andExpect(status().isCreated());
	}

	@Test
	void aProposalWaitingOnACaseThatChangedIsResubmittedAsTheCaseNowStandsAndIssued() throws Exception {
		String response = propose(bureau.officer(), proposal("200", 5, null, null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		// Any later step on the case moves its version on; the request is then stale and nobody can sign it.
		jdbc.update("update cases set version = version + 1 where id = ?", assault.caseId());
		approvals.resubmit(requestOf(response), null, "按案件现状重新报审", bureau.officer());
		assertThat(statusOf(idOf(response))).isEqualTo("PENDING_APPROVAL");
		testApprovals.approveAll(requestOf(response));
		assertThat(statusOf(idOf(response))).isEqualTo("ISSUED");
	}

	@Test
	void aProposalWaitingOnACaseThatChangedMayBeWithdrawnInstead() throws Exception {
		String response = propose(bureau.officer(), proposal("200", 5, null, null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		jdbc.update("update cases set version = version + 1 where id = ?", assault.caseId());
		approvals.withdraw(requestOf(response), null, "案件情况有变，改按其他方式处理", bureau.officer());
		assertThat(statusOf(idOf(response))).isEqualTo("WITHDRAWN");
	}

	@Test
	void aProposalWaitingOnACaseRevokedMeanwhileIsWithdrawnWithItAndNeverIssued() throws Exception {
		String response = propose(bureau.officer(), proposal("200", 5, null, null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long version = cases.facts(assault.caseId()).orElseThrow().version();
		String revoke = "{\"transition\":\"REVOKE\",\"version\":%d,\"reason\":\"经调查不应追究\"}".formatted(version);
		// Not beside a proposal waiting for its signers; once it is back with the handler, yes.
		mvc.perform(post("/api/v1/cases/{id}/transitions", assault.caseId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(revoke))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("approval.contradictsPending"));
		testApprovals.returnForCorrection(requestOf(response), "请核实是否应予追究");
		mvc.perform(post("/api/v1/cases/{id}/transitions", assault.caseId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(revoke))
			.andExpect(status().isAccepted());
		testApprovals.approveAll(approvals.requestsFor(assault.caseId()).stream()
			.filter(r -> r.action() == ApprovalAction.REVOCATION).findFirst().orElseThrow().id());
		assertThat(cases.facts(assault.caseId()).orElseThrow().state()).isEqualTo(CaseState.REVOKED);

		mvc.perform(get("/api/v1/approvals/{id}", requestOf(response)).with(user(bureau.officer())))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawalReason").value(containsString("已撤销")));
		assertThat(statusOf(idOf(response))).isEqualTo("WITHDRAWN");
		assertThat(jdbc.queryForObject("select count(*) from legal_documents where case_id = ? and type = 'PENALTY_DECISION_ORDINARY'",
				Integer.class, assault.caseId())).isZero();
		propose(bureau.officer(), proposal("200", 5, null, null)).andExpect(status().isConflict());
		// What the system wrote on the case's timeline reads in English too: the terms and the withdrawal.
		mvc.perform(get("/api/v1/cases/{id}/timeline", assault.caseId()).with(user(bureau.officer())))
			.andExpect(jsonPath("$[?(@.eventType == 'APPROVAL_SUBMITTED')].noteEn", hasItem(startsWith("Proposed penalty for"))))
			.andExpect(jsonPath("$[?(@.eventType == 'APPROVAL_WITHDRAWN')].noteEn", hasItem(containsString("Revoked"))));
	}

	@Test
	void theLastSignatureIssuesNoDecisionOnACaseThatHasEndedWhateverElseMissedIt() throws Exception {
		String response = propose(bureau.officer(), proposal("200", 5, null, null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		// Ended without moving the version, as no transition would: only the issuer's own guard is left.
		jdbc.update("update cases set state = 'REVOKED' where id = ?", assault.caseId());
		assertThatThrownBy(() -> testApprovals.approveAll(requestOf(response)))
			.hasFieldOrPropertyWithValue("messageCode", "penalty.case.notInvestigating");
		assertThat(statusOf(idOf(response))).isEqualTo("PENDING_APPROVAL");
		assertThat(jdbc.queryForObject("select count(*) from legal_documents where case_id = ? and type = 'PENALTY_DECISION_ORDINARY'",
				Integer.class, assault.caseId())).isZero();
	}

	@Test
	void onlyTheHandlersOfTheCaseMayPropose() throws Exception {
		propose(bureau.colleague(), proposal("200", 5, null, null)).andExpect(status().isForbidden());
		propose(bureau.otherStationOfficer(), proposal("200", 5, null, null)).andExpect(status().isNotFound());
	}

	@Test
	void thePagesLeadFromRecommendationThroughLegalReviewToTheDecision() throws Exception {
		mvc.perform(get("/cases/{id}", assault.caseId()).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"action-penalty\"")));
		mvc.perform(get("/cases/{id}/penalty", assault.caseId()).with(user(bureau.officer())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("拟作出行政处罚决定")));
		mvc.perform(get("/cases/{id}/penalty/recommendation", assault.caseId()).param("violationCode", "PO01")
			.param("circumstances", "VULNERABLE_VICTIM").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("从重处罚")))
			.andExpect(content().string(containsString("10–15")));
		mvc.perform(post("/cases/{id}/penalty", assault.caseId()).with(user(bureau.officer())).with(csrf())
			.param("partyId", String.valueOf(assault.offenderId())).param("violationCode", "PO01")
			.param("facts", "殴打他人").param("fine", "500").param("detentionDays", "12"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("须书面说明理由")));
		String location = mvc.perform(post("/cases/{id}/penalty", assault.caseId()).with(user(bureau.officer())).with(csrf())
			.param("partyId", String.valueOf(assault.offenderId())).param("violationCode", "PO01")
			.param("facts", "殴打他人").param("fine", "500").param("detentionDays", "12").param("deviationReason", "情节恶劣"))
			.andExpect(status().isFound()).andExpect(redirectedUrlPattern("/penalty-decisions/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"approval-link\"")))
			.andExpect(content().string(containsString("超出裁量基准的决定须经法制审核")));
		testApprovals.approveAll(testApprovals.pendingOn(assault.caseId()));
		mvc.perform(get(location + "?lang=en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("Decided")))
			.andExpect(content().string(containsString("id=\"pdf-link\"")));
	}
}
