package org.gongzheng.approval;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

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
import org.gongzheng.casework.internal.MaterialVoidCommand;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.casework.internal.Parties;
import org.gongzheng.casework.internal.PartyCommand;
import org.gongzheng.casework.internal.PartyKind;
import org.gongzheng.casework.internal.PartyRole;
import org.gongzheng.casework.internal.ReportSource;
import org.gongzheng.casework.internal.TransitionCommand;
import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * A signer may sign only after opening every material submitted, so a request with no material
 * would take a signature on nothing read. Submitting one is refused, and the case page says so
 * before the officer fills in the form.
 */
@IntegrationTest
class NothingToReadIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final Materials materials;

	private final Approvals approvals;

	private final Parties parties;

	private final CaseWork work;

	private final TestApprovals testApprovals;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	NothingToReadIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, Materials materials,
			Approvals approvals, Parties parties, CaseWork work, TestApprovals testApprovals, JdbcTemplate jdbc) {
		this.parties = parties;
		this.work = work;
		this.testApprovals = testApprovals;
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.materials = materials;
		this.approvals = approvals;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void aBureauWhoseFilingsNeedApproval() {
		bureau = fixtures.bureau();
	}

	@Test
	void filingACaseWithNoMaterialIsRefusedAndNothingIsSaved() throws Exception {
		LawCase lawCase = testCases.accepted(bureau.officer(), "无材料报审案");
		long version = testCases.version(lawCase);

		fileThroughApi(lawCase, version).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.submit.nothingToRead"))
			.andExpect(jsonPath("$.detail").value(containsString(lawCase.getCaseNumber() + " 还没有可供审阅的材料")));

		assertThat(testCases.state(lawCase)).isEqualTo(CaseState.ACCEPTED);
		assertThat(testCases.version(lawCase)).isEqualTo(version);
		assertThat(approvals.requestsFor(lawCase.getId())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from case_pending_actions where case_id = ?", Long.class,
				lawCase.getId())).isZero();
	}

	@Test
	void aCaseWhoseEveryMaterialWasVoidedHasNothingToSubmitEither() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "材料均已作废案");
		long materialId = materials.of(lawCase.getId(), bureau.officer()).get(0).getId();
		materials.voidMaterial(lawCase.getId(), materialId, new MaterialVoidCommand("误添"), bureau.officer());

		fileThroughApi(lawCase, testCases.version(lawCase)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.submit.nothingToRead"));
		assertThat(approvals.requestsFor(lawCase.getId())).isEmpty();
	}

	@Test
	void aSubmissionChoosingNoMaterialIsToldToChooseOne() {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "未选材料报审案");

		assertThatThrownBy(() -> approvals.submit(new ApprovalSubmission(ApprovalAction.FILING, lawCase.getId(),
				testCases.version(lawCase), null, null, "拟立案", List.of()), bureau.officer()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.fieldProblems()).extracting(InvalidInputException.FieldProblem::field)
						.containsExactly("materialIds"));
		assertThat(approvals.requestsFor(lawCase.getId())).isEmpty();
	}

	@Test
	void aRoundStoredWithNoMaterialIsNotResubmittedWithNoneEither() throws Exception {
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "旧无材料请求案");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		// As a request submitted before a material was required holds it.
		jdbc.update("delete from approval_request_materials where request_id = ?", requestId);
		long materialId = materials.of(lawCase.getId(), bureau.officer()).get(0).getId();
		materials.voidMaterial(lawCase.getId(), materialId, new MaterialVoidCommand("误添"), bureau.officer());

		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"重新提交\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.resubmit.nothingToRead"));
		assertThat(jdbc.queryForObject("select round from approval_requests where id = ?", Integer.class, requestId))
			.isEqualTo(1);
	}

	@Test
	void theTransitionPageSaysToAddAMaterialFirstAndOffersNoSubmitUntilThen() throws Exception {
		LawCase bare = testCases.accepted(bureau.officer(), "无材料立案页");
		mvc.perform(get("/cases/{id}/transitions/FILE", bare.getId()).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nothing-to-read\"")))
			.andExpect(content().string(containsString("本案尚无有效材料，请先添加材料")))
			.andExpect(content().string(containsString("/cases/" + bare.getId() + "/materials/new")))
			.andExpect(content().string(containsString("id=\"transition-submit\" disabled")));
		mvc.perform(get("/cases/{id}/transitions/FILE", bare.getId()).param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("The case has no material yet")));

		LawCase withRecord = testCases.acceptedWithRecord(bureau, "有材料立案页");
		mvc.perform(get("/cases/{id}/transitions/FILE", withRecord.getId()).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"nothing-to-read\""))))
			.andExpect(content().string(not(containsString("id=\"transition-submit\" disabled"))));
	}

	@Test
	void theFormPostedAnywayShowsTheRefusalOnThePage() throws Exception {
		LawCase bare = testCases.accepted(bureau.officer(), "无材料立案表单");
		mvc.perform(post("/cases/{id}/transitions/FILE", bare.getId()).with(user(bureau.officer())).with(csrf())
				.param("version", String.valueOf(testCases.version(bare))).param("reason", "拟立案"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("还没有可供审阅的材料")));
		assertThat(approvals.requestsFor(bare.getId())).isEmpty();
	}

	@Test
	void aDetentionAskedOnACaseWhoseMaterialsWereVoidedIsRefusedAboveTheFormWhichKeepsWhatWasTyped() throws Exception {
		LawCase criminal = filedCriminal("材料作废后拘留案");
		long suspect = parties.add(criminal.getId(), new PartyCommand(PartyKind.PERSON, PartyRole.SUSPECT, "王五",
				"11010519491231002X", "FEMALE", null, null, null, null, null), bureau.officer()).getId();
		for (var material : materials.of(criminal.getId(), bureau.officer())) {
			materials.voidMaterial(criminal.getId(), material.getId(), new MaterialVoidCommand("误添"), bureau.officer());
		}

		mvc.perform(post("/cases/{id}/measures", criminal.getId()).with(user(bureau.officer())).with(csrf())
				.param("partyId", String.valueOf(suspect)).param("type", "CRIMINAL_DETENTION"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"refusal\"")))
			.andExpect(content().string(containsString("还没有可供审阅的材料")))
			.andExpect(content().string(containsString("value=\"" + suspect + "\" selected")));
		assertThat(approvals.requestsFor(criminal.getId())).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from compulsory_measures where case_id = ?", Long.class,
				criminal.getId())).isZero();
	}

	/** A criminal case filed on an inquiry record, its filing approved to the end. */
	private LawCase filedCriminal(String title) {
		LawCase lawCase = work.register(new IntakeCommand(CaseType.CRIMINAL, title, "报警人称被打。", ReportSource.CALL_110,
				null, null, null, null, null, bureau.officer().officerId()), bureau.officer());
		work.transition(lawCase.getId(), new TransitionCommand(CaseTransition.ACCEPT, 0L, null, null, null, null, null),
				bureau.officer());
		testCases.addRecord(bureau.officer(), lawCase.getId());
		testApprovals.approveAll(testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE));
		return lawCase;
	}

	private org.springframework.test.web.servlet.ResultActions fileThroughApi(LawCase lawCase, long version)
			throws Exception {
		return mvc.perform(post("/api/v1/cases/{id}/transitions", lawCase.getId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"transition": "FILE", "version": %d, "reason": "拟立案"}""".formatted(version)));
	}
}
