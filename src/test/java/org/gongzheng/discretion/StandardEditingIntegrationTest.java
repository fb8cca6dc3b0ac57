package org.gongzheng.discretion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * LEGAL edits a standard: each edit is a new version for the editor's city. All fixture bureaus
 * share one city code, so this test alone edits code 1208 (and 1025 through the page), which no
 * other test uses.
 */
@IntegrationTest
class StandardEditingIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final Discretion discretion;

	private final Clock clock;

	StandardEditingIntegrationTest(MockMvc mvc, Fixtures fixtures, Discretion discretion, Clock clock) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.discretion = discretion;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
	}

	private String version(int latest, LocalDate from, String fineMin, String fineMax) {
		return """
				{"latestVersion": %d, "effectiveFrom": "%s", "basisZh": "测试市机动车会车处罚裁量基准", "basisEn": "Test city standard",
				 "changeNote": "一般情节统一罚款", "circumstances": ["PROMPT_CORRECTION", "REPEAT_WITHIN_YEAR"],
				 "grades": [
				  {"grade": "LIGHTER", "warningAllowed": true, "fineMinFen": null, "fineMaxFen": 5000, "fineRequired": false,
				   "detentionRequired": false, "licenceAction": "NONE", "licenceRequired": false, "vehicleSeizure": false, "points": 0},
				  {"grade": "ORDINARY", "warningAllowed": false, "fineMinFen": %s, "fineMaxFen": %s, "fineRequired": true,
				   "detentionRequired": false, "licenceAction": "NONE", "licenceRequired": false, "vehicleSeizure": false, "points": 0}]}"""
			.formatted(latest, from, fineMin, fineMax);
	}

	@Test
	void legalStaffMakeANewVersionThatRecommendationsThenUseWhileOthersMayNot() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		Recommendation before = discretion.recommend("1208", Set.of(), bureau.stationOne().getId(), today());
		assertThat(before.jurisdictionCode()).isEqualTo("000000");

		mvc.perform(post("/api/v1/violations/1208/standards").with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(version(0, today(), "10000", "10000")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/violations/1208/standards").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content(version(0, today().minusDays(1), "10000", "10000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
		mvc.perform(post("/api/v1/violations/1208/standards").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(version(0, today(), "10000", "10000").replace("\"grades\": [", "\"grades\": [null, ")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.containsString("grades[0]")));
		mvc.perform(post("/api/v1/violations/1208/standards").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content(version(0, today(), "12000", "10000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("grades[1].fineMinFen"));

		mvc.perform(post("/api/v1/violations/1208/standards").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content(version(0, today(), "10000", "10000")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.jurisdictionCode").value("800000"))
			.andExpect(jsonPath("$.createdBy").value(bureau.legal().officerId()));
		mvc.perform(post("/api/v1/violations/1208/standards").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content(version(0, today(), "9000", "9000")))
			.andExpect(status().isConflict());

		Recommendation after = discretion.recommend("1208", Set.of(), bureau.stationOne().getId(), today());
		assertThat(after.jurisdictionCode()).isEqualTo("800000");
		assertThat(after.standardId()).isNotEqualTo(before.standardId());
		assertThat(after.range().fineText()).isEqualTo("100.00");
		assertThat(after.available()).extracting(CircumstanceView::code)
			.containsExactlyInAnyOrder("PROMPT_CORRECTION", "REPEAT_WITHIN_YEAR");
		// A day before the new version took effect, the statutory range still applies.
		assertThat(discretion.recommend("1208", Set.of(), bureau.stationOne().getId(), today().minusDays(1))
			.standardId()).isEqualTo(before.standardId());
		mvc.perform(get("/api/v1/violations/1208/standards").with(user(bureau.officer())))
			.andExpect(jsonPath("$[?(@.jurisdictionCode == '800000')].version").value(org.hamcrest.Matchers.contains(1)))
			.andExpect(jsonPath("$[?(@.jurisdictionCode == '000000')].version").value(org.hamcrest.Matchers.contains(1)));
	}

	@Test
	void thePageFormSavesANewVersionAndShowsProblemsByGrade() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		mvc.perform(get("/discretion/violations/1025/standards/new").with(user(bureau.officer())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/discretion/violations/1025/standards/new").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("grades[3].fineMax")))
			.andExpect(content().string(containsString("必处（罚款（元））")));
		mvc.perform(get("/discretion/violations/1025/standards/new").param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("required (Fine (yuan))")));
		var form = post("/discretion/violations/1025/standards").with(user(bureau.legal())).with(csrf())
			.param("latestVersion", "0").param("effectiveFrom", today().toString())
			.param("basisZh", "测试市掉头处罚裁量基准").param("changeNote", "调整")
			.param("grades[0].grade", "NO_PENALTY").param("grades[3].grade", "ORDINARY")
			.param("grades[3].enabled", "true").param("grades[3].fineMin", "abc").param("grades[3].fineMax", "100")
			.param("grades[3].fineRequired", "true");
		mvc.perform(form).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"grades[3].fineMin-error\"")));
		mvc.perform(post("/discretion/violations/NO-SUCH-CODE/standards").with(user(bureau.legal())).with(csrf())
			.param("latestVersion", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/discretion/violations/1025/standards").with(user(bureau.legal())).with(csrf())
			.param("latestVersion", "0").param("effectiveFrom", today().toString())
			.param("basisZh", "测试市掉头处罚裁量基准").param("changeNote", "调整")
			.param("grades[3].grade", "ORDINARY").param("grades[3].enabled", "true").param("grades[3].fineMin", "100")
			.param("grades[3].fineMax", "100").param("grades[3].fineRequired", "true"))
			.andExpect(status().isFound());
		mvc.perform(get("/discretion/violations/1025").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("测试市掉头处罚裁量基准")))
			.andExpect(content().string(containsString("修订说明：调整")));
		mvc.perform(get("/discretion/violations/1025").param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("Change note: 调整")));
	}
}
