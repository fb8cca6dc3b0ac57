package org.gongzheng.supervision.fault;

import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fault the decision tests start from: the legal department records a procedure breach found today. */
final class RecordedFaults {

	private RecordedFaults() {
	}

	/** Records the fault on the case through the API and answers what the API answered. */
	static String procedureBreach(MockMvc mvc, Fixtures.Bureau b, long caseId) throws Exception {
		return mvc.perform(post("/api/v1/supervision/faults").with(user(b.legal())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"caseId": %d, "kind": "PROCEDURE", "description": "作出处罚决定前未告知当事人陈述、申辩权利。", "foundOn": "%s"}"""
				.formatted(caseId, LocalDate.now())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}
}
