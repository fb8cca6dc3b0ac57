package org.gongzheng.approval;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;


import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.LawCaseRepository;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.organization.ApprovalRights;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.internal.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class ApprovalFlowIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestApprovals testApprovals;

	private final TestCases testCases;

	private final Approvals approvals;

	private final Materials materials;

	private final LawCaseRepository cases;

	private final ApprovalRights rights;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	ApprovalFlowIntegrationTest(MockMvc mvc, Fixtures fixtures, TestApprovals testApprovals, TestCases testCases,
			Approvals approvals,
			Materials materials, LawCaseRepository cases, ApprovalRights rights, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testApprovals = testApprovals;
		this.testCases = testCases;
		this.approvals = approvals;
		this.materials = materials;
		this.cases = cases;
		this.rights = rights;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void filingPassesTheStationAndTheSubBureauAndTheCaseIsFiledOnlyWhenTheLastLinkSigns() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		read(lawCase, bureau.stationChief());
		sign(bureau.stationChief(), requestId, "APPROVE", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.currentLink").value(2));
		assertThat(state(lawCase)).isEqualTo(CaseState.ACCEPTED);
		read(lawCase, bureau.reviewer());
		sign(bureau.reviewer(), requestId, "APPROVE", "同意立案").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(state(lawCase)).isEqualTo(CaseState.FILED);
		assertThat(jdbc.queryForObject("select count(*) from case_timeline where case_id = ? and event_type = 'FILE'",
				Integer.class, lawCase.getId())).isEqualTo(1);
	}

	@Test
	void aCriminalInvestigationBrigadesOwnCaseIsReviewedByItsHeadNotAStationChiefThenByTheSubBureau() throws Exception {
		Unit brigade = fixtures.anotherUnit(bureau, bureau.subBureau(), "刑侦大队", UnitKind.DEPARTMENT);
		SignedInOfficer head = fixtures.anotherOfficer(bureau, brigade, "大队长", Role.REVIEWER);
		SignedInOfficer detective = fixtures.anotherOfficer(bureau, brigade, "侦查员", Role.OFFICER);
		LawCase lawCase = testCases.acceptedWithRecord(detective, "刑侦大队受理的殴打他人案");
		long requestId = testCases.submitForApproval(detective, lawCase, CaseTransition.FILE);

		assertThat(approvals.eligibleSigners(requestId)).containsExactly(head.officerId());
		// A station's chief has the brigade's case outside his scope.
		sign(bureau.stationChief(), requestId, "APPROVE", null).andExpect(status().isNotFound());
		read(lawCase, head);
		sign(head, requestId, "APPROVE", null).andExpect(status().isOk()).andExpect(jsonPath("$.currentLink").value(2));
		read(lawCase, bureau.reviewer());
		sign(bureau.reviewer(), requestId, "APPROVE", "同意立案").andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(state(lawCase)).isEqualTo(CaseState.FILED);
	}

	@Test
	void aCaseOfABrigadeInsideADetachmentIsReviewedByTheBrigadeThenTheDetachmentInPlaceOfASubBureau()
			throws Exception {
		Unit detachment = fixtures.anotherUnit(bureau, bureau.bureau(), "刑侦支队", UnitKind.DEPARTMENT);
		Unit brigade = fixtures.anotherUnit(bureau, detachment, "一大队", UnitKind.TEAM);
		SignedInOfficer brigadeHead = fixtures.anotherOfficer(bureau, brigade, "大队长", Role.REVIEWER);
		SignedInOfficer detachmentHead = fixtures.anotherOfficer(bureau, detachment, "支队长", Role.REVIEWER);
		SignedInOfficer detective = fixtures.anotherOfficer(bureau, brigade, "侦查员", Role.OFFICER);
		LawCase lawCase = testCases.acceptedWithRecord(detective, "刑侦支队一大队受理的诈骗案");
		long requestId = testCases.submitForApproval(detective, lawCase, CaseTransition.FILE);

		read(lawCase, brigadeHead);
		sign(brigadeHead, requestId, "APPROVE", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.currentLink").value(2));
		// The sub-bureau's reviewer has the detachment's case outside his scope; its head signs instead.
		assertThat(approvals.eligibleSigners(requestId)).containsExactly(detachmentHead.officerId());
		read(lawCase, detachmentHead);
		sign(detachmentHead, requestId, "APPROVE", "同意立案").andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(state(lawCase)).isEqualTo(CaseState.FILED);
	}

	@Test
	void materialsReadBeforeTheRoundWasSubmittedMustBeOpenedAgainBeforeSigning() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		read(lawCase, bureau.stationChief());
		long requestId = submit(lawCase, CaseTransition.FILE);
		long materialId = jdbc.queryForObject("select id from case_materials where case_id = ?", Long.class, lawCase.getId());
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.maySign").value(false))
			.andExpect(jsonPath("$.materials[0].readByMe").value(false));
		sign(bureau.stationChief(), requestId, "APPROVE", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("approval.unread"));
		mvc.perform(get("/cases/{c}/materials/{m}", lawCase.getId(), materialId).with(user(bureau.stationChief())))
			.andExpect(status().isOk());
		sign(bureau.stationChief(), requestId, "APPROVE", null).andExpect(status().isOk());
		// The signature keeps when the signer read the material for this round, not the reading before it.
		assertThat(jdbc.queryForObject("""
				select s.materials_first_opened_at >= r.submitted_at from approval_signatures s
				join approval_requests r on r.id = s.request_id where s.request_id = ?""", Boolean.class, requestId))
			.isTrue();
	}

	@Test
	void theSignButtonStaysOffUntilTheSignerHasOpenedEveryMaterial() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		long materialId = jdbc.queryForObject("select id from case_materials where case_id = ?", Long.class, lawCase.getId());
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.maySign").value(false))
			.andExpect(jsonPath("$.whyNot[0]").value("approval.unread"))
			.andExpect(jsonPath("$.whyNotMessages[0]").value(containsString("询问笔录")))
			.andExpect(jsonPath("$.materials[0].readByMe").value(false));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.stationChief())))
			// Disabled, and why is tied to the button and to the choices, for screen readers.
			.andExpect(content().string(containsString("id=\"sign-button\" aria-describedby=\"sign-blockers\" disabled")))
			.andExpect(content().string(containsString("<fieldset class=\"mb-2\" aria-describedby=\"sign-blockers\">")));
		sign(bureau.stationChief(), requestId, "APPROVE", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("approval.unread"));
		String material = "/cases/" + lawCase.getId() + "/materials/" + materialId;
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("href=\"" + material + "?request=" + requestId + "\"")))
			.andExpect(content().string(containsString("href=\"/approvals/" + requestId + "/next-unread\"")));
		// The handling officer, who may not sign, reads the same materials without being led on to signing.
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("href=\"" + material + "\"")))
			.andExpect(content().string(not(containsString("?request="))))
			// He is told why he cannot sign, with no form to sign in and no call to read for it.
			.andExpect(content().string(containsString("您是本案的办案民警或提交人，不能签批本案。")))
			.andExpect(content().string(not(containsString("id=\"sign-button\""))))
			.andExpect(content().string(not(containsString("份材料未阅"))));
		// Reading in turn leads to the first unread material, and once none is left, to the signing form.
		mvc.perform(get("/approvals/{id}/next-unread", requestId).with(user(bureau.stationChief())))
			.andExpect(redirectedUrl(material + "?request=" + requestId));
		mvc.perform(get("/approvals/{id}/next-unread", requestId).with(user(fixtures.bureau().stationChief())))
			.andExpect(status().isNotFound());
		// The material page leads the reviewer back to the request; a request id is all it takes from there.
		mvc.perform(get(material).param("request", "abc").with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("back-to-request"))));
		mvc.perform(get(material).param("request", String.valueOf(requestId)).with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/approvals/" + requestId + "/next-unread\"")))
			.andExpect(content().string(containsString("href=\"/approvals/" + requestId + "#pinned-materials\"")));
		mvc.perform(get("/approvals/{id}/next-unread", requestId).with(user(bureau.stationChief())))
			.andExpect(redirectedUrl("/approvals/" + requestId + "#sign"));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(content().string(not(containsString("id=\"read-in-turn\""))));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.maySign").value(true));
		sign(bureau.stationChief(), requestId, "APPROVE", null).andExpect(status().isOk());
		String hash = jdbc.queryForObject("select content_hash from case_materials where id = ?", String.class, materialId);
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.signatures[0].materialHashes[0]").value(hash))
			.andExpect(jsonPath("$.signatures[0].materialsReadAt").exists());
	}

	@Test
	void aRefusalIsAuditedAndChangesNothing() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		read(lawCase, bureau.colleague());
		sign(bureau.colleague(), requestId, "APPROVE", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("审核人")));
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ?", Integer.class,
				requestId)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'APPROVAL_SIGN' and outcome = 'DENIED' and object_id = ?",
				Integer.class, String.valueOf(requestId))).isEqualTo(1);
	}

	@Test
	void aRequestWhoseCaseChangedAfterSubmissionCannotBeSigned() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		materials.add(lawCase.getId(), new MaterialCommand(MaterialType.EVIDENCE_LIST, "证据清单", "1. 监控录像", null, null, null,
				null, null), null, null, null, bureau.officer());
		read(lawCase, bureau.stationChief());
		sign(bureau.stationChief(), requestId, "APPROVE", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.stale"));
	}

	@Test
	void aSuspendedReviewerCannotSignUntilTheLegalDepartmentRestoresTheRight() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		read(lawCase, bureau.stationChief());
		rights.suspend(bureau.stationChief().officerId(), "年内三次排名末位", null);
		sign(bureau.stationChief(), requestId, "APPROVE", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("approval.suspended"));
		mvc.perform(get("/approvals").with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rights-suspended")))
			.andExpect(content().string(containsString("年内三次排名末位")));
		rights.restore(bureau.stationChief().officerId(), "整改到位", bureau.legal().officerId());
		sign(bureau.stationChief(), requestId, "APPROVE", null).andExpect(status().isOk());
	}

	@Test
	void aRequestStoredWithNoMaterialsCanBeSignedByNobodyUntilItsSubmitterAddsOneAndResubmits() throws Exception {
		// Submitting one is refused now (NothingToReadIntegrationTest); requests from before that may hold none.
		LawCase lawCase = acceptedCaseWithRecord();
		long bare = submit(lawCase, CaseTransition.FILE);
		jdbc.update("delete from approval_request_materials where request_id = ?", bare);
		mvc.perform(get("/approvals/{id}", bare).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("本轮报审未附任何材料（在报审须附材料之前提交），任何人都不能签批")));
		mvc.perform(get("/approvals/{id}", bare).param("lang", "en").with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("No materials were submitted with this round")));
		mvc.perform(get("/api/v1/approvals/{id}", bare).with(user(bureau.officer())))
			.andExpect(jsonPath("$.nobodyCanSign").value(true));
		sign(bureau.stationChief(), bare, "RETURN", "补充材料").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.nothingPinned"));
		assertNothingSigned(bare);

		testCases.addRecord(bureau.officer(), lawCase.getId());
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", bare).with(user(bureau.officer()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"补充询问笔录\"}"))
			.andExpect(status().isOk());
		read(lawCase, bureau.stationChief());
		sign(bureau.stationChief(), bare, "APPROVE", null).andExpect(status().isOk());

		long withRecord = submit(acceptedCaseWithRecord(), CaseTransition.FILE);
		mvc.perform(get("/approvals/{id}", withRecord).with(user(bureau.stationChief())))
			.andExpect(content().string(not(containsString("id=\"no-materials\""))));
	}

	@Test
	void theRequestPageSaysWhoCanSignTheOpenLinkAndWarnsWhenNobodyCan() throws Exception {
		long requestId = submit(acceptedCaseWithRecord(), CaseTransition.FILE);
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.eligibleSigners.length()").value(1))
			.andExpect(jsonPath("$.eligibleSigners[0]").value((int) bureau.stationChief().officerId()))
			.andExpect(jsonPath("$.nobodyCanSign").value(false));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"eligible-signers\"")))
			.andExpect(content().string(containsString("可签批人：" + bureau.stationChief().name())))
			.andExpect(content().string(not(containsString("id=\"nobody-can-sign\""))));

		rights.suspend(bureau.stationChief().officerId(), "年内三次排名末位", null);

		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.eligibleSigners.length()").value(0))
			.andExpect(jsonPath("$.nobodyCanSign").value(true));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"nobody-can-sign\"")))
			.andExpect(content().string(containsString("Nobody can sign this link now")));
	}

	@Test
	void aMajorPenaltyPassesLegalReviewAndACountersignByEveryLeaderAfterOneReturn(ApplicationEvents events)
			throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		Approvals.RequestSummary request = approvals.submit(new ApprovalSubmission(ApprovalAction.PENALTY_MAJOR,
				lawCase.getId(), cases.findById(lawCase.getId()).orElseThrow().getVersion(), "PENALTY_DECISION", "77",
				"拟处罚款五千元", "Proposed fine of 5,000 yuan", null), bureau.officer());
		long id = request.id();
		mvc.perform(get("/api/v1/approvals/{id}", id).with(user(bureau.legal())))
			.andExpect(jsonPath("$.summaryEn").value("Proposed fine of 5,000 yuan"));
		signAfterReading(lawCase, bureau.stationChief(), id, "APPROVE", null);
		sign(bureau.legal(), id, "RETURN", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		signAfterReading(lawCase, bureau.legal(), id, "RETURN", "罚款数额依据不足，请补充").andExpect(jsonPath("$.status").value("RETURNED"));
		mvc.perform(get("/api/v1/approvals/{id}", id).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.maySign").value(false))
			.andExpect(jsonPath("$.whyNot[0]").value("approval.notOpen"))
			.andExpect(jsonPath("$.whyNotMessages[0]").value("该审批单状态为「已退回补正」，没有待签环节。"));
		assertThat(events.stream(ApprovalReturned.class).filter(e -> e.requestId() == id)).hasSize(1);
		// The return reaches the handler: in the API queue, on the approvals page and on 我的待办.
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.returnedToMe[0].requestId").value((int) id))
			.andExpect(jsonPath("$.returnedToMe[0].opinion").value("罚款数额依据不足，请补充"))
			.andExpect(jsonPath("$.returnedToMe[0].returnedBy").value((int) bureau.legal().officerId()));
		mvc.perform(get("/approvals").with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"queue-returnedToMe\"")))
			.andExpect(content().string(containsString("罚款数额依据不足，请补充")));
		mvc.perform(get("/work").with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"work-returned\"")));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.colleague())))
			.andExpect(jsonPath("$.returnedToMe.length()").value(0));

		// What the system wrote from the proposal is not the handler's to rewrite; they say what they corrected.
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"已补充裁量依据，拟处罚款五千元\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("summary"));
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"已补充裁量依据\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.round").value(2))
			.andExpect(jsonPath("$.currentLink").value(1))
			.andExpect(jsonPath("$.summary").value("拟处罚款五千元"))
			.andExpect(jsonPath("$.summaryEn").value("Proposed fine of 5,000 yuan"))
			.andExpect(jsonPath("$.rounds[1].note").value("已补充裁量依据"));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.returnedToMe.length()").value(0));
		signAfterReading(lawCase, bureau.stationChief(), id, "APPROVE", null);
		signAfterReading(lawCase, bureau.secondLegal(), id, "APPROVE", "法制审核通过");
		signAfterReading(lawCase, bureau.leader(), id, "APPROVE", "同意").andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.currentLink").value(3));
		assertThat(events.stream(ApprovalGranted.class).filter(e -> e.requestId() == id)).isEmpty();
		signAfterReading(lawCase, bureau.secondLeader(), id, "APPROVE", "同意").andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(events.stream(ApprovalGranted.class).filter(e -> e.requestId() == id))
			.singleElement().satisfies(e -> assertThat(e.subjectId()).isEqualTo("77"));

		mvc.perform(get("/api/v1/approvals/{id}", id).with(user(bureau.legal())))
			.andExpect(jsonPath("$.signatures.length()").value(6))
			.andExpect(jsonPath("$.signatures[1].decision").value("RETURN"))
			.andExpect(jsonPath("$.signatures[1].round").value(1))
			.andExpect(jsonPath("$.signatures[5].round").value(2));
	}

	@Test
	void theQueueLeavesOutWhatTheSignerMayNotTakeForAnyReasonButReading() throws Exception {
		long requestId = submit(acceptedCaseWithRecord(), CaseTransition.FILE);
		LawCase own = testCases.acceptedWithRecord(bureau, "所长主办案");
		jdbc.update("update cases set handler_id = ? where id = ?", bureau.stationChief().officerId(), own.getId());
		long ownId = submit(own, CaseTransition.FILE);
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.waitingForMe[*].requestId", hasItem((int) requestId)))
			.andExpect(jsonPath("$.waitingForMe[*].requestId", not(hasItem((int) ownId))));
		rights.suspend(bureau.stationChief().officerId(), "测试暂停", null);
		try {
			mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.stationChief())))
				.andExpect(jsonPath("$.waitingForMe.length()").value(0));
		}
		finally {
			rights.restore(bureau.stationChief().officerId(), "测试恢复", bureau.admin().officerId());
		}
	}

	@Test
	void theQueueShowsWhatWaitsForMeAndLeadersSeeOverdueReviews() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.waitingForMe[*].requestId", hasItem((int) requestId)))
			.andExpect(jsonPath("$.waitingForMe[*].linkNameEn", hasItem("Review by the handling unit")));
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.officer())))
			.andExpect(jsonPath("$.submittedByMe[*].requestId", hasItem((int) requestId)))
			.andExpect(jsonPath("$.waitingForMe.length()").value(0));
		jdbc.update("update approval_requests set current_due_at = now() - interval '1 hour' where id = ?", requestId);
		mvc.perform(get("/api/v1/approvals/queue").with(user(bureau.leader())))
			.andExpect(jsonPath("$.overdueInScope[*].requestId", hasItem((int) requestId)));
		mvc.perform(get("/approvals").with(user(bureau.stationChief()))).andExpect(status().isOk())
			.andExpect(content().string(containsString(lawCase.getCaseNumber())));
		mvc.perform(get("/work").with(user(bureau.stationChief()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"work-toSign\"")))
			.andExpect(content().string(containsString(lawCase.getCaseNumber())));
	}

	@Test
	void accountabilityRecordsShowEverySignatureAndExportToExcel() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		testApprovals.approveAll(submit(lawCase, CaseTransition.FILE));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", bureau.stationChief().officerId())
			.with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.content[0].caseVersion").exists())
			.andExpect(jsonPath("$.content[0].materialHashes.length()").value(1));
		mvc.perform(get("/approvals/records/officers/{o}", bureau.stationChief().officerId()).with(user(bureau.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString(lawCase.getCaseNumber())))
			.andExpect(content().string(containsString("已立案")));
		mvc.perform(get("/approvals/records/officers/{o}", bureau.stationChief().officerId()).with(user(bureau.colleague())))
			.andExpect(status().isForbidden());
		byte[] xlsx = mvc.perform(get("/approvals/records/cases/{c}.xlsx", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("办案部门审核")));
	}

	@Test
	void anOverlongOpinionIsRefusedOnItsFieldAndNothingIsSigned() throws Exception {
		long requestId = submittedAndOpenedByTheStationChief();
		sign(bureau.stationChief(), requestId, "RETURN", "补".repeat(2001)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"))
			.andExpect(jsonPath("$.errors[0].message").value("不能超过 2000 个字符"));
		mvc.perform(post("/approvals/{id}/sign", requestId).with(user(bureau.stationChief())).with(csrf())
			.param("decision", "RETURN").param("opinion", "补".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"opinion-error\">不能超过 2000 个字符")));
		assertNothingSigned(requestId);
	}

	@Test
	void anOpinionTheBoxStoppedAtItsLimitIsSignedThoughItsLineBreaksArriveAsTwoCharactersEach() throws Exception {
		long requestId = submittedAndOpenedByTheStationChief();
		// The browser counts each line break as one character against maxlength="2000" and sends CR LF.
		String typed = ("补".repeat(199) + "\r\n").repeat(10);
		mvc.perform(post("/approvals/{id}/sign", requestId).with(user(bureau.stationChief())).with(csrf())
			.param("decision", "RETURN").param("opinion", typed))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select opinion from approval_signatures where request_id = ?", String.class,
				requestId)).hasSize(1999).doesNotContain("\r").startsWith("补".repeat(199) + "\n补");
	}

	@Test
	void anApprovalWithAMisspelledOpinionIsRefusedRatherThanSignedWithoutIt() throws Exception {
		long requestId = submittedAndOpenedByTheStationChief();
		mvc.perform(post("/api/v1/approvals/{id}/signatures", requestId).with(user(bureau.stationChief()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\",\"opnion\":\"同意，注意时限\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opnion"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("opinion")));
		assertNothingSigned(requestId);
	}

	@Test
	void anOpinionInWhichNothingShowsIsRefusedLikeAMissingOneAndNothingIsSigned() throws Exception {
		long requestId = submittedAndOpenedByTheStationChief();
		// A non-breaking space (Option-Space, or pasted from a word processor), a zero-width space and
		// a byte-order mark pasted from another program: a return with them gave the handler no reasons.
		for (String blank : new String[] { "\u00a0", "\u200b", "\ufeff\u00a0\u3000" }) {
			sign(bureau.stationChief(), requestId, "RETURN", blank).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("opinion"))
				.andExpect(jsonPath("$.errors[0].message").value("退回补正或不同意时必须写明意见"));
			mvc.perform(post("/approvals/{id}/sign", requestId).with(user(bureau.stationChief())).with(csrf())
				.param("decision", "REFUSE").param("opinion", blank))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"opinion-error\">退回补正或不同意时必须写明意见")));
		}
		assertNothingSigned(requestId);
		assertThat(jdbc.queryForObject("select status from approval_requests where id = ?", String.class, requestId))
			.isEqualTo("PENDING");
	}

	@Test
	void anOpinionHoldingANulCharacterIsRefusedOnItsFieldAndTheFormKeepsIt() throws Exception {
		long requestId = submittedAndOpenedByTheStationChief();
		// The JSON escape for NUL: the body is JSON text.
		sign(bureau.stationChief(), requestId, "RETURN", "请补充\\u0000笔录").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"))
			.andExpect(jsonPath("$.errors[0].message").value("不能包含空字符（NUL）"));
		mvc.perform(post("/approvals/{id}/sign", requestId).with(user(bureau.stationChief())).with(csrf())
			.param("decision", "RETURN").param("opinion", "请补充\u0000笔录"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"opinion-error\">不能包含空字符（NUL）")))
			.andExpect(content().string(containsString("请补充")));
		mvc.perform(post("/approvals/{id}/withdraw", requestId).with(user(bureau.officer())).with(csrf())
			.param("reason", "误\u0000报"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能包含空字符（NUL）")));
		assertNothingSigned(requestId);
		assertThat(jdbc.queryForObject("select status from approval_requests where id = ?", String.class, requestId))
			.isEqualTo("PENDING");
	}

	@Test
	void theSignPageRefusesAStaleClickWithAClearMessage() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		testApprovals.approveAll(requestId);
		mvc.perform(post("/approvals/{id}/sign", requestId).with(user(bureau.reviewer())).with(csrf())
			.param("decision", "APPROVE").param("round", "1").param("link", "2"))
			.andExpect(status().isConflict())
			// Signed meanwhile (by whoever approveAll chose): the page names the link and that nothing was saved.
			.andExpect(content().string(containsString("第1轮第2环节")))
			.andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("您的签批未保存"), containsString("重复提交的签批未再保存"))));
		// Without the form's round and link the refusal says where the request stands.
		sign(bureau.reviewer(), requestId, "APPROVE", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("「已批准」")));
	}

	@Test
	void theApprovalPagesSpeakEnglishOnRequest() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		for (String page : new String[] { "/approvals", "/approvals/" + requestId, "/approvals/records/officers/" + bureau.stationChief().officerId(),
				"/approvals/records/cases/" + lawCase.getId() }) {
			mvc.perform(get(page).param("lang", "en").with(user(bureau.stationChief())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sign out")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
		}
		mvc.perform(get("/approvals/chains/FILING").param("lang", "en").with(user(bureau.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Save as a new version")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
	}

	@Test
	void switchingTheLanguageOnASignFormShownAgainWithItsProblemLeadsBackToTheRequestPage() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		// The form shown again stays at /approvals/{id}/sign, whose language links point there.
		mvc.perform(get("/approvals/{id}/sign", requestId).param("lang", "en").with(user(bureau.stationChief())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/approvals/" + requestId + "?lang=en"));
		mvc.perform(get("/approvals/chains/FILING/follow-default").with(user(bureau.legal())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/approvals/chains/FILING"));
		mvc.perform(get("/api/v1/approvals/{id}/signatures", requestId).with(user(bureau.stationChief())))
			.andExpect(status().isMethodNotAllowed());
	}

	private LawCase acceptedCaseWithRecord() {
		return testCases.acceptedWithRecord(bureau, "审批测试案");
	}

	private long submit(LawCase lawCase, CaseTransition transition) {
		return testCases.submitForApproval(bureau, lawCase, transition);
	}

	private CaseState state(LawCase lawCase) {
		return testCases.state(lawCase);
	}

	private void read(LawCase lawCase, SignedInOfficer officer) {
		testApprovals.readEverything(lawCase.getId(), officer.officerId());
	}

	/** A filing request the station chief may sign now: submitted, and its materials opened. */
	private long submittedAndOpenedByTheStationChief() throws Exception {
		LawCase lawCase = acceptedCaseWithRecord();
		long requestId = submit(lawCase, CaseTransition.FILE);
		read(lawCase, bureau.stationChief());
		return requestId;
	}

	private void assertNothingSigned(long requestId) {
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ?", Integer.class,
				requestId)).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions sign(SignedInOfficer signer, long requestId, String decision,
			String opinion) throws Exception {
		String body = opinion == null ? "{\"decision\":\"%s\"}".formatted(decision)
				: "{\"decision\":\"%s\",\"opinion\":\"%s\"}".formatted(decision, opinion);
		return mvc.perform(post("/api/v1/approvals/{id}/signatures", requestId).with(user(signer))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private org.springframework.test.web.servlet.ResultActions signAfterReading(LawCase lawCase, SignedInOfficer signer,
			long requestId, String decision, String opinion) throws Exception {
		read(lawCase, signer);
		return sign(signer, requestId, decision, opinion).andExpect(status().isOk());
	}
}
