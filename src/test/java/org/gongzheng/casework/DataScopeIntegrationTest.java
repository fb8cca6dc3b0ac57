package org.gongzheng.casework;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An officer sees their own unit's subtree; legal staff and leaders their bureau; nobody crosses bureaus. */
@IntegrationTest
class DataScopeIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private Fixtures.Bureau bureau;

	private Fixtures.Bureau otherBureau;

	private int stationOneCase;

	private int stationTwoCase;

	DataScopeIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
	}

	@BeforeEach
	void twoBureaus() throws Exception {
		bureau = fixtures.bureau();
		otherBureau = fixtures.bureau();
		stationOneCase = register(bureau.officer());
		stationTwoCase = register(bureau.otherStationOfficer());
	}

	@Test
	void anOfficerSeesTheirOwnStationsCasesOnly() throws Exception {
		mvc.perform(get("/api/v1/cases").with(user(bureau.officer())))
			.andExpect(jsonPath("$.content[*].id", hasItem(stationOneCase)))
			.andExpect(jsonPath("$.content[*].id", not(hasItem(stationTwoCase))));
		mvc.perform(get("/api/v1/cases/{id}", stationTwoCase).with(user(bureau.officer()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cases/{id}/materials", stationTwoCase).with(user(bureau.officer())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSubBureauReviewerSeesEveryStationBelow() throws Exception {
		mvc.perform(get("/api/v1/cases").with(user(bureau.reviewer())))
			.andExpect(jsonPath("$.content[*].id", hasItem(stationOneCase)))
			.andExpect(jsonPath("$.content[*].id", hasItem(stationTwoCase)));
	}

	@Test
	void legalStaffAndLeadersSeeTheirWholeBureauButNoOther() throws Exception {
		for (SignedInOfficer wide : new SignedInOfficer[] { bureau.legal(), bureau.leader() }) {
			mvc.perform(get("/api/v1/cases/{id}", stationTwoCase).with(user(wide))).andExpect(status().isOk());
		}
		for (SignedInOfficer outsider : new SignedInOfficer[] { otherBureau.legal(), otherBureau.leader(),
				otherBureau.admin(), otherBureau.reviewer() }) {
			mvc.perform(get("/api/v1/cases/{id}", stationOneCase).with(user(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/cases").with(user(outsider)))
				.andExpect(jsonPath("$.content[*].id", not(hasItem(stationOneCase))));
		}
	}

	@Test
	void actingOnACaseOutsideTheScopeIsRefusedAsNotFound() throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/transitions", stationOneCase).with(user(otherBureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"transition\":\"ACCEPT\",\"version\":0}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/cases/{id}/parties", stationOneCase).with(user(bureau.otherStationOfficer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PERSON\",\"role\":\"WITNESS\",\"name\":\"甲\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void filteringByAUnitOutsideTheScopeIsRefused() throws Exception {
		mvc.perform(get("/api/v1/cases?unitId={u}", otherBureau.stationOne().getId()).with(user(bureau.legal())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
	}

	@Test
	void anEndDateBeforeTheStartDateIsRefusedOnThePageAndInTheApiRatherThanListingNothing() throws Exception {
		mvc.perform(get("/cases").param("from", "2026-12-10").param("to", "2026-01-01").with(user(bureau.legal())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"filter-problem\"")))
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		mvc.perform(get("/cases").param("unitId", String.valueOf(otherBureau.stationOne().getId())).param("lang", "en")
			.with(user(bureau.legal())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The selected unit is outside your data scope.")));
		mvc.perform(get("/api/v1/cases?from=2026-12-10&to=2026-01-01").with(user(bureau.legal())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void unitsAndOfficersAreListedWithinTheScopeOnly() throws Exception {
		mvc.perform(get("/api/v1/units").with(user(bureau.officer())))
			.andExpect(jsonPath("$[*].id", hasItem(bureau.stationOne().getId().intValue())))
			.andExpect(jsonPath("$[*].id", not(hasItem(bureau.stationTwo().getId().intValue()))));
		mvc.perform(get("/api/v1/officers/{id}", bureau.officer().officerId()).with(user(otherBureau.admin())))
			.andExpect(status().isNotFound());
	}

	private int register(SignedInOfficer officer) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"范围测试\",\"summary\":\"案情\",\"reportSource\":\"CALL_110\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}
}
