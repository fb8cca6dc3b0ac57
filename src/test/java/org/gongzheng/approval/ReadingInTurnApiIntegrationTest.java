package org.gongzheng.approval;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.Materials;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReadingInTurnApiIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final Materials materials;

	private final JdbcTemplate jdbc;

	ReadingInTurnApiIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, Materials materials,
			JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.materials = materials;
		this.jdbc = jdbc;
	}

	@Test
	void aSignerIsToldWhichMaterialToReadNextUntilNoneIsLeftAndThenMaySign() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "依次阅读接口测试案");
		materials.add(lawCase.getId(), new MaterialCommand(MaterialType.EVIDENCE_LIST, "证据清单", "1. 监控录像", null, null,
				null, null, null), null, null, null, bureau.officer());
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		List<Long> pinned = jdbc.queryForList(
				"select material_id from approval_request_materials where request_id = ? and round = 1 order by material_id", Long.class,
				requestId);
		String caseMaterials = "/api/v1/cases/" + lawCase.getId() + "/materials/";

		mvc.perform(get("/api/v1/approvals/{id}/next-unread", requestId).with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.materialId").value(pinned.get(0)))
			.andExpect(jsonPath("$.round").value(1))
			.andExpect(jsonPath("$.unreadLeft").value(2))
			.andExpect(jsonPath("$.href").value(caseMaterials + pinned.get(0)));
		mvc.perform(get(caseMaterials + pinned.get(0)).with(user(bureau.stationChief()))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/approvals/{id}/next-unread", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.materialId").value(pinned.get(1)))
			.andExpect(jsonPath("$.unreadLeft").value(1));
		mvc.perform(get(caseMaterials + pinned.get(1)).with(user(bureau.stationChief()))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/approvals/{id}/next-unread", requestId).with(user(bureau.stationChief())))
			.andExpect(status().isNoContent())
			.andExpect(content().string(""));
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.maySign").value(true));
	}

	@Test
	void aMaterialWithAFileIsReadByFetchingTheFileNotItsDescription() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "文件材料阅读案");
		byte[] pdf = ("%PDF-1.4\n% 现场勘验笔录 " + System.nanoTime() + "\n%%EOF").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		long fileMaterial = materials.add(lawCase.getId(), new MaterialCommand(MaterialType.DOCUMENTARY_EVIDENCE, "书证扫描件",
				null, null, null, null, null, null), new java.io.ByteArrayInputStream(pdf), "勘验.pdf", "application/pdf",
				bureau.officer()).getId();
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		String file = "/api/v1/cases/" + lawCase.getId() + "/materials/" + fileMaterial;
		for (Long id : jdbc.queryForList("select material_id from approval_request_materials where request_id = ?",
				Long.class, requestId)) {
			mvc.perform(get("/api/v1/cases/{c}/materials/{m}", lawCase.getId(), id).with(user(bureau.stationChief())))
				.andExpect(status().isOk());
		}
		// Every description fetched, the file not: it is still to read, and where is said.
		mvc.perform(get(file).with(user(bureau.stationChief())))
			.andExpect(jsonPath("$.contentHref").value(file + "/content"));
		mvc.perform(get("/api/v1/approvals/{id}/next-unread", requestId).with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.materialId").value(fileMaterial))
			.andExpect(jsonPath("$.unreadLeft").value(1));
		mvc.perform(get(file + "/content").with(user(bureau.stationChief()))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/approvals/{id}/next-unread", requestId).with(user(bureau.stationChief())))
			.andExpect(status().isNoContent());
	}

	@Test
	void aRequestOutOfScopeIsNotFoundAndOneNoLongerOpenForSigningIsAConflict() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "依次阅读接口测试案");
		long requestId = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);

		mvc.perform(get("/api/v1/approvals/{id}/next-unread", requestId).with(user(fixtures.bureau().stationChief())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/approvals/{id}/next-unread", "abc").with(user(bureau.stationChief())))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/approvals/{id}/withdrawal", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"材料需补充\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/approvals/{id}/next-unread", requestId).with(user(bureau.stationChief())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.nextUnread.closed"))
			.andExpect(jsonPath("$.detail").value("该审批单当前状态为「已撤回」，没有待签环节，无需再依次阅读。"));
	}
}
