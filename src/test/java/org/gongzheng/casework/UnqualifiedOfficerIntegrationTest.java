package org.gongzheng.casework;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No valid qualification, no case handling: an officer whose qualification lapsed may still take a
 * report at the front desk, but adds nothing to a case (parties, materials, compulsory measures,
 * seized property), as he may take none of its transitions.
 */
@IntegrationTest
class UnqualifiedOfficerIntegrationTest {

	private static final String SUSPECT = """
			{"kind":"PERSON","role":"SUSPECT","name":"王五","idNumber":"11010519491231002X"}""";

	private static final String INQUIRY_RECORD = """
			{"type":"INQUIRY_RECORD","title":"询问笔录","body":"问：经过？答：被打。"}""";

	private static final String SEIZURE = """
			{"description":"电动自行车","category":"VEHICLE","quantity":1,"unitOfMeasure":"辆",
			 "estimatedValueFen":150000,"kind":"SEIZURE"}""";

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	UnqualifiedOfficerIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void anOfficerWhoseQualificationLapsedMayRegisterAnIntakeButAddsNoPartyOrMaterialToIt() throws Exception {
		SignedInOfficer unqualified = bureau.unqualified();
		long caseId = register(unqualified);

		write(unqualified, "/api/v1/cases/{id}/parties", caseId, SUSPECT)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.qualification.required"));
		write(unqualified, "/api/v1/cases/{id}/materials", caseId, INQUIRY_RECORD)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.qualification.required"));
		mvc.perform(post("/api/v1/cases/{id}/materials", caseId).with(user(unqualified)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(INQUIRY_RECORD))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(startsWith("You hold no valid law-enforcement qualification")));
		// The case page's form is refused the same way, already when it is opened.
		mvc.perform(get("/cases/{id}/parties/new", caseId).with(user(unqualified)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases/{id}/parties", caseId).with(user(unqualified)).with(csrf())
			.param("kind", "PERSON").param("role", "SUSPECT").param("name", "王五"))
			.andExpect(status().isForbidden());

		assertThat(count("case_parties", caseId)).isZero();
		assertThat(count("case_materials", caseId)).isZero();
	}

	@Test
	void anOfficerWhoseQualificationLapsedTakesNoCompulsoryMeasureAndSeizesOrDisposesOfNoProperty() throws Exception {
		SignedInOfficer unqualified = bureau.unqualified();
		// He took the report; a qualified colleague accepted it and handles the case.
		long caseId = register(unqualified);
		mvc.perform(post("/api/v1/cases/{id}/transitions", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"transition\":\"ACCEPT\",\"version\":0}"))
			.andExpect(status().isOk());
		long suspect = id(write(bureau.officer(), "/api/v1/cases/{id}/parties", caseId, SUSPECT)
			.andExpect(status().isCreated()));
		long item = id(write(bureau.officer(), "/api/v1/cases/{id}/property", caseId, SEIZURE)
			.andExpect(status().isCreated()));

		write(unqualified, "/api/v1/cases/{id}/measures", caseId,
				"{\"partyId\":%d,\"type\":\"SUMMONS\",\"detentionMayApply\":false}".formatted(suspect))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.qualification.required"));
		long summons = id(write(bureau.officer(), "/api/v1/cases/{id}/measures", caseId,
				"{\"partyId\":%d,\"type\":\"SUMMONS\",\"detentionMayApply\":false}".formatted(suspect))
			.andExpect(status().isCreated()));
		mvc.perform(post("/api/v1/cases/{id}/measures/{m}/end", caseId, summons).with(user(unqualified))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"询问完毕\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.qualification.required"));
		long deadline = ((Number) JsonPath.read(mvc.perform(get("/api/v1/cases/{id}", caseId).with(user(bureau.officer())))
			.andReturn().getResponse().getContentAsString(), "$.deadlines[0].id")).longValue();
		write(unqualified, "/api/v1/cases/{id}/deadlines/" + deadline + "/extension", caseId,
				"{\"version\":0,\"amount\":1,\"serious\":false,\"reason\":\"需要更多时间\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.qualification.required"));
		write(unqualified, "/api/v1/cases/{id}/property", caseId, SEIZURE)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.qualification.required"));
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/register", caseId, item).with(user(unqualified))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"registerNumber\":\"RK-%d\"}".formatted(item)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.qualification.required"));
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/disposal", caseId, item).with(user(unqualified))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"disposal\":\"RETURNED\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.qualification.required"));

		assertThat(count("compulsory_measures", caseId)).isEqualTo(1);
		assertThat(count("seized_property", caseId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select ended_at is null from compulsory_measures where id = ?", Boolean.class,
				summons)).isTrue();
		assertThat(jdbc.queryForObject("select register_number is null and disposed_at is null from seized_property where id = ?",
				Boolean.class, item)).isTrue();
		// The handler goes on as before.
		mvc.perform(get("/api/v1/cases/{id}", caseId).with(user(bureau.officer()))).andExpect(status().isOk());
	}

	@Test
	void theCasePageOffersAnOfficerWhoseQualificationLapsedNothingHeWouldBeRefusedAndSaysWhy() throws Exception {
		SignedInOfficer unqualified = bureau.unqualified();
		long caseId = register(unqualified);
		mvc.perform(post("/api/v1/cases/{id}/transitions", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"transition\":\"ACCEPT\",\"version\":0}"))
			.andExpect(status().isOk());
		long material = id(write(bureau.officer(), "/api/v1/cases/{id}/materials", caseId, INQUIRY_RECORD)
			.andExpect(status().isCreated()));

		String page = mvc.perform(get("/cases/{id}", caseId).with(user(unqualified)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"lacks-qualification\"", "您没有有效的执法资格，只能查阅本案")
			.doesNotContain("/transitions/", "/materials/new", "/parties/new", "/property/new",
					"id=\"void-material-" + material + "\"");
		assertThat(mvc.perform(get("/cases/{id}/materials/{m}", caseId, material).with(user(unqualified)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.doesNotContain("id=\"void-material\"");

		// The qualified handler is offered the same actions as before, with no notice.
		String handlers = mvc.perform(get("/cases/{id}", caseId).with(user(bureau.officer())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(handlers).contains("/transitions/", "/materials/new", "id=\"void-material-" + material + "\"")
			.doesNotContain("lacks-qualification");
	}

	/** A front-desk intake: the officer who took the report registers it, naming no handler. */
	private long register(SignedInOfficer officer) throws Exception {
		return id(mvc.perform(post("/api/v1/cases").with(user(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"ADMINISTRATIVE","title":"前台接报案","summary":"报警人称被打","reportSource":"WALK_IN"}"""))
			.andExpect(status().isCreated()));
	}

	private ResultActions write(SignedInOfficer officer, String path, long caseId, String json) throws Exception {
		return mvc.perform(post(path, caseId).with(user(officer)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long count(String table, long caseId) {
		return jdbc.queryForObject("select count(*) from " + table + " where case_id = ?", Long.class, caseId);
	}
}
