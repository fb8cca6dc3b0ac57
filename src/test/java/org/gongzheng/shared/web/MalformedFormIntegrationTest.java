package org.gongzheng.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Field names no page ever sends (an index that is not a number, negative, or past the binder's
 * limit) are refused as bad input, not answered with a server error.
 */
@IntegrationTest
class MalformedFormIntegrationTest {

	private final MockMvc mvc;

	private final SignedInOfficer legal;

	MalformedFormIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		this.legal = fixtures.bureau().legal();
	}

	@Test
	void aChainFormWithAnUnreadableLinkIndexIsBadInput() throws Exception {
		for (String index : new String[] { "x", "-1", "300", "" }) {
			mvc.perform(post("/approvals/chains/FILING").with(user(legal)).with(csrf())
				.param("version", "1").param("links[" + index + "].role", "REVIEWER"))
				.andExpect(status().isBadRequest());
		}
	}

	@Test
	void aStandardFormWithAnUnreadableGradeIndexIsBadInputAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/discretion/violations/1625/standards").with(user(legal)).with(csrf())
			.param("latestVersion", "0").param("basisZh", "本市裁量基准").param("grades[x].fineMin", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("本市裁量基准")));
	}
}
