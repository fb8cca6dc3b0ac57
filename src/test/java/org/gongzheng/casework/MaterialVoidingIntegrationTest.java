package org.gongzheng.casework;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A material added by mistake is voided with a reason, never deleted: it stays readable and is
 * marked as voided, by whom, when and why.
 */
@IntegrationTest
class MaterialVoidingIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private long caseId;

	MaterialVoidingIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void anAcceptedCase() throws Exception {
		bureau = fixtures.bureau();
		String body = mvc.perform(post("/api/v1/cases").with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"作废材料案\",\"summary\":\"案情\",\"reportSource\":\"PATROL\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		caseId = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(post("/api/v1/cases/{id}/transitions", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"transition\":\"ACCEPT\",\"version\":0}"))
			.andExpect(status().isOk());
	}

	@Test
	void voidingNeedsAReasonAndSomeoneWhoMayChangeTheCaseAndNothingChangesWhenRefused() throws Exception {
		long material = addRecord("询问笔录（错案）");
		long version = caseVersion();

		voidThroughApi(bureau.officer(), material, "{\"reason\":\"  \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
		voidThroughApi(bureau.officer(), material, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		voidThroughApi(bureau.officer(), material, "{\"reason\":\"%s\"}".formatted("错".repeat(501)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		// A colleague of the station who does not handle the case, and an officer of another station.
		voidThroughApi(bureau.colleague(), material, "{\"reason\":\"添加错了\"}").andExpect(status().isForbidden());
		voidThroughApi(bureau.unqualified(), material, "{\"reason\":\"添加错了\"}").andExpect(status().isForbidden());
		// Who may void comes before what was typed: no reason would change it.
		voidThroughApi(bureau.unqualified(), material, "{}").andExpect(status().isForbidden());
		voidThroughApi(bureau.colleague(), material, "{}").andExpect(status().isForbidden());
		voidThroughApi(bureau.otherStationOfficer(), material, "{\"reason\":\"添加错了\"}").andExpect(status().isNotFound());
		voidThroughApi(bureau.officer(), material + 100_000, "{\"reason\":\"添加错了\"}").andExpect(status().isNotFound());

		// The page: the reason and the confirmation are asked for beside their fields, what was typed is kept.
		mvc.perform(get("/cases/{id}/materials/{m}/void", caseId, material).with(user(bureau.colleague())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases/{id}/materials/{m}/void", caseId, material).with(user(bureau.officer())).with(csrf())
			.param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("id=\"confirmed-error\"")));
		mvc.perform(post("/cases/{id}/materials/{m}/void", caseId, material).with(user(bureau.officer())).with(csrf())
			.param("reason", "上传错了文件"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请勾选确认后再作废")))
			.andExpect(content().string(containsString(">上传错了文件</textarea>")))
			.andExpect(content().string(not(containsString("id=\"reason-error\""))));
		mvc.perform(post("/cases/{id}/materials/{m}/void", caseId, material).param("lang", "en").with(user(bureau.officer()))
			.with(csrf()).param("reason", " ").param("confirmed", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("Reason for voiding")));

		assertThat(jdbc.queryForObject("select voided_at is null from case_materials where id = ?", Boolean.class, material))
			.isTrue();
		assertThat(caseVersion()).isEqualTo(version);
		assertThat(jdbc.queryForObject("select count(*) from case_timeline where case_id = ? and event_type = 'MATERIAL_VOIDED'",
				Integer.class, caseId)).isZero();
		assertThat(jdbc.queryForList("select outcome from audit_log where action = 'MATERIAL_VOIDED' and object_id = ?",
				String.class, String.valueOf(caseId))).containsOnly("DENIED");
		// 500 characters as read, whatever their size in Java's count, with the spaces around them not stored.
		voidThroughApi(bureau.officer(), material, "{\"reason\":\"  %s  \"}".formatted("😀".repeat(500)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voidReason").value("😀".repeat(500)));
	}

	@Test
	void aVoidedMaterialIsStillReadableShownAsVoidedInBothLanguagesAndCannotBeVoidedTwice() throws Exception {
		byte[] scan = ("%PDF-1.4\n% another case's scan " + caseId + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF")
			.getBytes(StandardCharsets.US_ASCII);
		long material = upload(new MockMultipartFile("file", "scan.pdf", "application/pdf", scan));
		String handler = jdbc.queryForObject("select name from officers where id = ?", String.class,
				bureau.officer().officerId());
		long version = caseVersion();

		mvc.perform(get("/cases/{id}/materials/{m}", caseId, material).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"void-material\"")));
		mvc.perform(get("/cases/{id}", caseId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"void-material-" + material + "\"")));
		mvc.perform(get("/cases/{id}/materials/{m}/void", caseId, material).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("作废不删除材料")))
			.andExpect(content().string(containsString("name=\"confirmed\"")));
		mvc.perform(post("/cases/{id}/materials/{m}/void", caseId, material).with(user(bureau.officer())).with(csrf())
			.param("reason", "误将他案扫描件上传到本案").param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + caseId + "#materials"));

		assertThat(caseVersion()).isGreaterThan(version);
		mvc.perform(get("/api/v1/cases/{id}/materials", caseId).with(user(bureau.colleague())))
			.andExpect(jsonPath("$[0].voided").value(true))
			.andExpect(jsonPath("$[0].voidReason").value("误将他案扫描件上传到本案"))
			.andExpect(jsonPath("$[0].voidedBy").value((int) bureau.officer().officerId()))
			.andExpect(jsonPath("$[0].voidedAt").exists());
		// Still there to be read, file and all, and reading it still leaves a receipt.
		mvc.perform(get("/api/v1/cases/{id}/materials/{m}/content", caseId, material).with(user(bureau.colleague())))
			.andExpect(status().isOk())
			.andExpect(content().bytes(scan));
		assertThat(jdbc.queryForObject("select count(*) from material_views where material_id = ? and officer_id = ?",
				Integer.class, material, bureau.colleague().officerId())).isEqualTo(1);
		mvc.perform(get("/cases/{id}/materials/{m}", caseId, material).with(user(bureau.colleague())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"material-voided\"")))
			.andExpect(content().string(containsString("已作废")))
			.andExpect(content().string(containsString(handler)))
			.andExpect(content().string(containsString("理由：误将他案扫描件上传到本案")))
			.andExpect(content().string(not(containsString("id=\"void-material\""))));
		mvc.perform(get("/cases/{id}/materials/{m}", caseId, material).param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString(">Voided<")))
			.andExpect(content().string(containsString("Reason: 误将他案扫描件上传到本案")))
			.andExpect(content().string(not(containsString("id=\"void-material\""))));
		mvc.perform(get("/cases/{id}", caseId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"material-voided-" + material + "\"")))
			.andExpect(content().string(not(containsString("id=\"void-material-" + material + "\""))))
			.andExpect(content().string(containsString("作废材料")));

		voidThroughApi(bureau.officer(), material, "{\"reason\":\"再作废一次\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("material.void.already"))
			.andExpect(jsonPath("$.detail").value(containsString("已作废")));
		voidThroughApi(bureau.officer(), material, "{}").andExpect(status().isConflict());
		mvc.perform(get("/cases/{id}/materials/{m}/void", caseId, material).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"material-void-note\"")))
			.andExpect(content().string(not(containsString("id=\"material-void-form\""))));
		mvc.perform(post("/cases/{id}/materials/{m}/void", caseId, material).with(user(bureau.officer())).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/cases/{id}/materials/{m}/void", caseId, material).with(user(bureau.officer())).with(csrf())
			.param("reason", "再作废一次").param("confirmed", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"refusal\"")))
			.andExpect(content().string(containsString("不能再次作废")));
		assertThat(jdbc.queryForObject("select void_reason from case_materials where id = ?", String.class, material))
			.isEqualTo("误将他案扫描件上传到本案");
		assertThat(jdbc.queryForObject("select count(*) from case_timeline where case_id = ? and event_type = 'MATERIAL_VOIDED'",
				Integer.class, caseId)).isEqualTo(1);
		assertThat(jdbc.queryForList("select outcome from audit_log where action = 'MATERIAL_VOIDED' and object_id = ?",
				String.class, String.valueOf(caseId))).containsExactly("SUCCESS");
		// Nor can anything take it away behind the application's back.
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("delete from case_materials where id = ?", material));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("update case_materials set voided_at = null, voided_by = null, void_reason = null where id = ?", material));
	}

	@Test
	void aVoidedMaterialIsAnsweredWithItsVoidingThroughTheApi() throws Exception {
		long material = addRecord("证据清单（误录）");
		voidThroughApi(bureau.officer(), material, "{\"reason\":\"录入到错误的案件\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value((int) material))
			.andExpect(jsonPath("$.voided").value(true))
			.andExpect(jsonPath("$.voidReason").value("录入到错误的案件"))
			.andExpect(jsonPath("$.voidedBy").value((int) bureau.officer().officerId()));
		mvc.perform(get("/api/v1/cases/{id}/materials/{m}", caseId, material).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.material.voided").value(true))
			.andExpect(jsonPath("$.body").value("1. 监控录像"));
		mvc.perform(get("/api/v1/cases/{id}", caseId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.materials[0].voided").value(true));
		mvc.perform(get("/api/v1/cases/{id}/timeline", caseId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("MATERIAL_VOIDED")))
			.andExpect(content().string(containsString("录入到错误的案件")));
	}

	private long caseVersion() {
		return jdbc.queryForObject("select version from cases where id = ?", Long.class, caseId);
	}

	private ResultActions voidThroughApi(SignedInOfficer officer, long material, String json) throws Exception {
		return mvc.perform(post("/api/v1/cases/{id}/materials/{m}/void", caseId, material).with(user(officer))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long addRecord(String title) throws Exception {
		return ((Number) JsonPath.read(mvc.perform(post("/api/v1/cases/{id}/materials", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"EVIDENCE_LIST\",\"title\":\"%s\",\"body\":\"1. 监控录像\"}".formatted(title)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long upload(MockMultipartFile file) throws Exception {
		MockMultipartFile material = new MockMultipartFile("material", "", "application/json",
				"{\"type\":\"DOCUMENTARY_EVIDENCE\",\"title\":\"书证扫描件\"}".getBytes(StandardCharsets.UTF_8));
		return ((Number) JsonPath.read(mvc.perform(multipart("/api/v1/cases/{id}/materials", caseId).file(material).file(file)
			.with(user(bureau.officer()))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id")).longValue();
	}
}
