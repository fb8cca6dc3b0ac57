package org.gongzheng.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page number edited into an address can lie far beyond the list's end, even beyond the row
 * offset JPA can take. Every list answers it with an empty page, as it does any page past its end.
 */
@IntegrationTest
class FarPageIntegrationTest {

	private static final String FARTHEST = String.valueOf(Integer.MAX_VALUE);

	private final MockMvc mvc;

	private final SignedInOfficer legal;

	private final SignedInOfficer admin;

	FarPageIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		Fixtures.Bureau bureau = fixtures.bureau();
		this.legal = bureau.legal();
		this.admin = bureau.admin();
	}

	@Test
	void everyListPageShowsTheFarthestPageEmpty() throws Exception {
		List<String> lists = List.of("/cases", "/documents", "/penalty-decisions", "/traffic/onsite", "/traffic/clips",
				"/audit", "/supervision", "/supervision/faults", "/supervision/evaluations",
				"/supervision/evaluations/mine", "/supervision/my-rectifications", "/approvals/requests",
				"/approvals/queue/waitingForMe", "/approvals/queue/overdueInScope",
				"/approvals/queue/submittedByMe", "/approvals/queue/returnedToMe", "/approvals/queue/staleForMe",
				"/approvals/chains/PENALTY_MAJOR",
				"/approvals/records/officers/" + legal.officerId());
		for (String list : lists) {
			int status = mvc.perform(get(list).param("page", FARTHEST).with(user(legal)).accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(list).isEqualTo(200);
		}
		mvc.perform(get("/admin/officers").param("page", FARTHEST).with(user(admin)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk());
		mvc.perform(get("/account/history").param("signInsPage", FARTHEST).param("changesPage", FARTHEST)
			.with(user(legal))
			.accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
	}

	@Test
	void everyApiListAnswersTheFarthestPageWithNoContent() throws Exception {
		List<String> lists = List.of("/api/v1/cases", "/api/v1/documents", "/api/v1/penalty-decisions",
				"/api/v1/traffic/onsite-decisions", "/api/v1/traffic/bodycam-clips", "/api/v1/officers",
				"/api/v1/supervision/alerts", "/api/v1/supervision/faults", "/api/v1/supervision/evaluations",
				"/api/v1/supervision/evaluations/mine", "/api/v1/supervision/runs", "/api/v1/me/sign-ins",
				"/api/v1/me/account-changes", "/api/v1/approvals", "/api/v1/approvals/queue/waitingForMe",
				"/api/v1/approvals/queue/overdueInScope", "/api/v1/approvals/queue/submittedByMe",
				"/api/v1/approvals/queue/returnedToMe", "/api/v1/approvals/queue/staleForMe",
				"/api/v1/approvals/chains/PENALTY_MAJOR/versions",
				"/api/v1/approvals/records/officers/" + legal.officerId(),
				"/api/v1/approvals/records/officers/" + legal.officerId() + "/releases");
		// A size above the list's maximum is refused (ApiPagingIntegrationTest); one row a page reaches farthest.
		for (String list : lists) {
			MockHttpServletResponse response = mvc
				.perform(get(list).param("page", FARTHEST).param("size", "1").with(user(legal)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(list).isEqualTo(200);
			assertThat(response.getContentAsString()).as(list).contains("\"content\":[]");
		}
	}
}
