package org.gongzheng.casework;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.LawCaseRepository;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Above a few officers in scope (three here; 200 by default) the case list's filter and the forms
 * that assign handlers do not list them all: the user types a police number or a name, with
 * suggestions from their own data scope only.
 */
@IntegrationTest
@TestPropertySource(properties = "gongzheng.cases.handler-list-limit=3")
class CaseHandlerChoicesIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final LawCaseRepository cases;

	private final JdbcTemplate jdbc;

	CaseHandlerChoicesIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, LawCaseRepository cases,
			JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.cases = cases;
		this.jdbc = jdbc;
	}

	@Test
	void aLargeScopeFiltersByATypedPoliceNumberOrNameWithSuggestionsFromTheScopeOnly() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		Fixtures.Bureau other = fixtures.bureau();
		SignedInOfficer leader = bureau.leader();
		SignedInOfficer handler = bureau.officer();
		LawCase handled = testCases.acceptedWithRecord(bureau, "经办人筛选案");

		mvc.perform(get("/cases").with(user(leader)))
			.andExpect(content().string(containsString("id=\"handler\"")))
			.andExpect(content().string(not(containsString("id=\"handlerId\""))));
		mvc.perform(get("/cases/handler-options").param("handler", "民警甲").with(user(leader)))
			.andExpect(content().string(containsString("value=\"" + handler.getUsername() + "\"")))
			.andExpect(content().string(not(containsString(other.officer().getUsername()))));

		mvc.perform(get("/cases").param("handler", handler.getUsername()).with(user(leader)))
			.andExpect(content().string(containsString(handled.getCaseNumber())));
		mvc.perform(get("/cases").param("handler", "民警甲").with(user(leader)))
			.andExpect(content().string(containsString(handled.getCaseNumber())));
		// An input method in full-width mode types the police number full-width: it is the same number.
		mvc.perform(get("/cases").param("handler", Fixtures.fullWidth(handler.getUsername())).with(user(leader)))
			.andExpect(content().string(containsString(handled.getCaseNumber())));
		mvc.perform(get("/cases").param("handler", bureau.colleague().getUsername()).with(user(leader)))
			.andExpect(content().string(not(containsString(handled.getCaseNumber()))));
		// A link with the handler's id shows their police number in the box.
		mvc.perform(get("/cases").param("handlerId", String.valueOf(handler.officerId())).with(user(leader)))
			.andExpect(content().string(containsString("value=\"" + handler.getUsername() + "\"")));
	}

	@Test
	void aTypedHandlerWhoIsNotOneOfficerInScopeSaysSoAndListsNothing() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		Fixtures.Bureau other = fixtures.bureau();
		testCases.acceptedWithRecord(bureau, "经办人筛选案");

		mvc.perform(get("/cases").param("handler", other.officer().getUsername()).param("lang", "en")
			.with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"handler-problem\"")))
			.andExpect(content().string(containsString("No officer in your data scope")))
			.andExpect(content().string(not(containsString("经办人筛选案"))));
		mvc.perform(get("/cases").param("handler", "民警").param("lang", "en").with(user(bureau.leader())))
			.andExpect(content().string(containsString("Several officers")));
		mvc.perform(get("/cases/handler-options").param("handler", "").with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<option"))));
	}

	@Test
	void anIntakeInALargeScopeTakesItsHandlerTypedByNameOrPoliceNumber() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();

		// The box starts with the officer's own police number, as the list would start with them chosen.
		mvc.perform(get("/cases/new").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"handler\"")))
			.andExpect(content().string(containsString("value=\"" + officer.getUsername() + "\"")))
			.andExpect(content().string(not(containsString("id=\"handlerId\""))));
		String location = mvc.perform(intake(officer, "手写主办案").param("handler", "民警乙"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		LawCase registered = cases.findById(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
		assertThat(registered.getHandlerId()).isEqualTo(bureau.colleague().officerId());

		mvc.perform(intake(officer, "留空主办案").param("handler", " ")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select handler_id from cases where title = '留空主办案'", Long.class)).isNull();
	}

	@Test
	void anIntakeWhoseTypedHandlerIsNotOneOfficerInScopeComesBackAsTypedAndSavesNothing() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		Fixtures.Bureau other = fixtures.bureau();

		mvc.perform(intake(bureau.officer(), "多人相符案").param("handler", "民警").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"handler-error\"")))
			.andExpect(content().string(containsString("Several officers have a police number or name matching")))
			.andExpect(content().string(containsString("value=\"民警\"")))
			.andExpect(content().string(containsString("value=\"多人相符案\"")));
		mvc.perform(intake(bureau.officer(), "范围外主办案").param("handler", other.officer().getUsername()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("您的数据范围内没有警号或姓名与")));
		assertThat(jdbc.queryForObject("select count(*) from cases where title in ('多人相符案', '范围外主办案')",
				Integer.class)).isZero();
	}

	@Test
	void acceptanceInALargeScopeTakesHandlerAndCoHandlerTyped() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		mvc.perform(intake(officer, "受案手写协办案")).andExpect(status().is3xxRedirection());
		long id = jdbc.queryForObject("select id from cases where title = '受案手写协办案'", Long.class);

		// The box holds the current handler's police number, and the line beside it says who that is.
		mvc.perform(get("/cases/{id}/transitions/ACCEPT", id).with(user(officer)))
			.andExpect(content().string(containsString("id=\"coHandler\"")))
			.andExpect(content().string(containsString("value=\"" + officer.getUsername() + "\"")))
			.andExpect(content().string(matchesPattern(
					"(?s).*id=\"handler-chosen\"[^>]*>民警甲（" + officer.getUsername() + "）.*")))
			.andExpect(content().string(containsString("hx-get=\"/cases/handler-options?show=coHandler-chosen\"")));
		mvc.perform(get("/cases/handler-options").param("show", "coHandler-chosen").param("coHandler", "民警乙")
			.with(user(officer)))
			.andExpect(content().string(containsString("id=\"co-handler-options\"")))
			.andExpect(content().string(containsString("value=\"" + bureau.colleague().getUsername() + "\"")))
			.andExpect(content().string(matchesPattern(
					"(?s).*id=\"coHandler-chosen\"[^>]*hx-swap-oob=\"innerHTML\"[^>]*>民警乙（.*")));
		mvc.perform(get("/cases/handler-options").param("show", "handler-chosen").param("handler", "民警")
			.with(user(officer)))
			.andExpect(content().string(matchesPattern("(?s).*id=\"handler-chosen\"[^>]*></div>.*")));
		// The list's filter has no such line, and nothing else is swapped out of band.
		mvc.perform(get("/cases/handler-options").param("show", "title").param("handler", "民警乙").with(user(officer)))
			.andExpect(content().string(not(containsString("hx-swap-oob"))));

		mvc.perform(accept(officer, id).param("handler", officer.getUsername()).param("coHandler", "民警甲")
			.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"coHandler-error\"")))
			.andExpect(content().string(containsString("The co-handling officer must differ from the handling officer")));
		mvc.perform(accept(officer, id).param("handler", officer.getUsername()).param("coHandler", "民警")
			.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"coHandler-error\"")))
			.andExpect(content().string(containsString("Several officers")));
		assertThat(cases.findById(id).orElseThrow().getState()).isEqualTo(CaseState.REGISTERED);

		mvc.perform(accept(officer, id).param("handler", "民警乙").param("coHandler", officer.getUsername()))
			.andExpect(status().is3xxRedirection());
		LawCase accepted = cases.findById(id).orElseThrow();
		assertThat(accepted.getState()).isEqualTo(CaseState.ACCEPTED);
		assertThat(accepted.getHandlerId()).isEqualTo(bureau.colleague().officerId());
		assertThat(accepted.getCoHandlerId()).isEqualTo(officer.officerId());
	}

	private static MockHttpServletRequestBuilder intake(SignedInOfficer officer, String title) {
		return post("/cases").with(user(officer)).with(csrf()).param("type", "ADMINISTRATIVE").param("title", title)
			.param("summary", "案情").param("reportSource", "CALL_110");
	}

	private static MockHttpServletRequestBuilder accept(SignedInOfficer officer, long id) {
		return post("/cases/{id}/transitions/ACCEPT", id).with(user(officer)).with(csrf()).param("version", "0");
	}
}
