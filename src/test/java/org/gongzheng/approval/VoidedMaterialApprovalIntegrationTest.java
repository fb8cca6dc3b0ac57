package org.gongzheng.approval;

import java.util.List;

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
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.Material;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.MaterialVoidCommand;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A material voided as added by mistake leaves the case file that new approval rounds submit, while
 * what earlier rounds pinned and signers signed on stays as it was; voiding it changes the case
 * file, so a request waiting on it goes stale.
 */
@IntegrationTest
class VoidedMaterialApprovalIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final Materials materials;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private LawCase lawCase;

	private Material wrong;

	private long requestId;

	VoidedMaterialApprovalIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases,
			TestApprovals testApprovals, Materials materials, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.materials = materials;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void aFilingSubmittedWithAMaterialAddedByMistake() {
		bureau = fixtures.bureau();
		lawCase = testCases.acceptedWithRecord(bureau, "误添材料报审案");
		wrong = materials.add(lawCase.getId(), new MaterialCommand(MaterialType.EVIDENCE_LIST, "他案证据清单",
				"1. 他案监控录像", null, null, null, null, null), null, null, null, bureau.officer());
		requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
	}

	@Test
	void voidingWhileARequestWaitsMakesItStaleAndTheStalePageListsTheVoiding() throws Exception {
		voidWrong("误将他案证据清单添加到本案");
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());

		sign(bureau.stationChief()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.stale"));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.stale").value(true))
			.andExpect(jsonPath("$.caseChanges.length()").value(1))
			.andExpect(jsonPath("$.caseChanges[0].event").value("MATERIAL_VOIDED"))
			.andExpect(jsonPath("$.caseChanges[0].description").value("作废材料"))
			.andExpect(jsonPath("$.caseChanges[0].note").value("他案证据清单：误将他案证据清单添加到本案"))
			.andExpect(jsonPath("$.caseChanges[0].actorId").value((int) bureau.officer().officerId()))
			// The round keeps what it pinned, and says which of it no longer stands.
			.andExpect(jsonPath("$.materials[?(@.materialId == %d)].voided".formatted(wrong.getId())).value(true))
			.andExpect(jsonPath("$.materials[?(@.materialId != %d)].voided".formatted(wrong.getId())).value(false));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("id=\"voided-" + wrong.getId() + "\"")))
			.andExpect(content().string(containsString("提交后已作废")))
			.andExpect(content().string(containsString("id=\"stale-changes\"")))
			.andExpect(content().string(containsString("作废材料")))
			.andExpect(content().string(containsString("误将他案证据清单添加到本案")))
			.andExpect(content().string(containsString("，" + bureau.officer().name() + "（" + bureau.officer().getUsername()
					+ "）作废")));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("Material voided")))
			.andExpect(content().string(containsString("他案证据清单: 误将他案证据清单添加到本案")))
			.andExpect(content().string(containsString(", voided by " + bureau.officer().name())));
	}

	@Test
	void aVoidedMaterialIsLeftOutOfTheNextRoundWhileTheSignedRoundKeepsItsPinnedHashes() throws Exception {
		String record = jdbc.queryForObject("select content_hash from case_materials where case_id = ? and id <> ?",
				String.class, lawCase.getId(), wrong.getId());
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		sign(bureau.stationChief()).andExpect(status().is2xxSuccessful());
		String signedHashes = jdbc.queryForObject("select material_hashes from approval_signatures where request_id = ?",
				String.class, requestId);
		assertThat(signedHashes).contains(record, wrong.getContentHash());

		voidWrong("他案材料，误添加");
		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"已作废误添加的材料，重新报请立案\"}"))
			.andExpect(status().isOk());

		assertThat(pinned(1)).containsExactly(record, wrong.getContentHash());
		assertThat(pinned(2)).containsExactly(record);
		assertThat(jdbc.queryForObject("select material_hashes from approval_signatures where request_id = ?",
				String.class, requestId)).isEqualTo(signedHashes);
		// The voided material is not among what a signer of the new round must open: reading the one
		// that stands is enough to sign.
		SignedInOfficer chief = bureau.stationChief();
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(chief)))
			.andExpect(jsonPath("$.materials.length()").value(1))
			.andExpect(jsonPath("$.materials[0].voided").value(false))
			.andExpect(jsonPath("$.droppedAsVoided.length()").value(1))
			.andExpect(jsonPath("$.droppedAsVoided[0].materialId").value(wrong.getId()))
			.andExpect(jsonPath("$.droppedAsVoided[0].contentHash").value(wrong.getContentHash()));
		// The new round's page says what the round before held and this one left out, and why.
		mvc.perform(get("/approvals/{id}", requestId).with(user(chief)))
			.andExpect(content().string(containsString("id=\"dropped-" + wrong.getId() + "\"")))
			.andExpect(content().string(containsString("上一轮报审，已作废，本轮未再报审")));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(chief)))
			.andExpect(content().string(containsString("In the last round; voided, so not in this one")));
		long standing = jdbc.queryForObject("select id from case_materials where case_id = ? and id <> ?", Long.class,
				lawCase.getId(), wrong.getId());
		mvc.perform(get("/cases/{id}/materials/{m}", lawCase.getId(), standing).with(user(chief)))
			.andExpect(status().isOk());
		sign(chief).andExpect(status().is2xxSuccessful());
	}

	@Test
	void aRequestWhoseMaterialsWereAllVoidedIsNotResubmittedWithNothingToRead() throws Exception {
		voidWrong("他案材料，误添加");
		long record = jdbc.queryForObject("select id from case_materials where case_id = ? and id <> ?", Long.class,
				lawCase.getId(), wrong.getId());
		materials.voidMaterial(lawCase.getId(), record, new MaterialVoidCommand("笔录记错了案件"), bureau.officer());

		mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"重新报请立案\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.resubmit.nothingToRead"));
		assertThat(pinned(2)).isEmpty();
		assertThat(jdbc.queryForObject("select round from approval_requests where id = ?", Integer.class, requestId))
			.isEqualTo(1);
	}

	private List<String> pinned(int round) {
		return jdbc.queryForList("""
				select content_hash from approval_request_materials where request_id = ? and round = ? order by material_id""",
				String.class, requestId, round);
	}

	private void voidWrong(String reason) {
		materials.voidMaterial(lawCase.getId(), wrong.getId(), new MaterialVoidCommand(reason), bureau.officer());
	}

	private ResultActions sign(SignedInOfficer signer) throws Exception {
		return mvc.perform(post("/api/v1/approvals/{id}/signatures", requestId).with(user(signer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"));
	}
}
