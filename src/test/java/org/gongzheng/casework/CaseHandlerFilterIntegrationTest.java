package org.gongzheng.casework;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Above a few officers in scope (three here; 200 by default) the case list does not list them all
 * to filter by handler: the reader types a police number or a name, with suggestions from their
 * own data scope only.
 */
@IntegrationTest
@TestPropertySource(properties = "gongzheng.cases.handler-list-limit=3")
class CaseHandlerFilterIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	CaseHandlerFilterIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
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
}
