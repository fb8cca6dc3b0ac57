package org.gongzheng.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 中文 / EN links keep the user where they are: the same list, filtered and paged as it was, or
 * the page a form shown again with its problems was posted from.
 */
@IntegrationTest
class LanguageSwitchIntegrationTest {

	private final MockMvc mvc;

	private final SignedInOfficer officer;

	LanguageSwitchIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		this.officer = fixtures.bureau().officer();
	}

	@Test
	void theLanguageLinkKeepsTheListsFiltersAndPage() throws Exception {
		mvc.perform(get("/cases?state=ACCEPTED&page=1").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"?state=ACCEPTED&amp;page=1&amp;lang=en\" lang=\"en\"")));
		mvc.perform(get("/cases?lang=en&state=ACCEPTED").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"?state=ACCEPTED&amp;lang=zh_CN\" lang=\"zh-CN\"")));
	}

	@Test
	void aFormShownAgainLinksToThePageItWasPostedFromAndCarriesWhatWasTyped() throws Exception {
		mvc.perform(post("/cases").header("Referer", "http://localhost/cases/new?from=work&lang=zh_CN")
				.with(user(officer)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"/cases/new?from=work&amp;lang=en\" lang=\"en\"")))
			.andExpect(content().string(containsString("data-carries-form=\"true\">EN</a>")));
	}

	@Test
	void aFormShownAgainWithoutAReferrerOfThisSiteKeepsNoQueryAndLeadsToThePageAboveIt() throws Exception {
		for (String referer : new String[] { null, "http://elsewhere.example/cases/new", "http://localhost/cases",
				"http://localhost//elsewhere.example/x", "not a [uri" }) {
			var request = post("/cases?x=1").with(user(officer)).with(csrf());
			mvc.perform(referer == null ? request : request.header("Referer", referer))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("href=\"?lang=en\" lang=\"en\"")))
				.andExpect(content().string(not(containsString("x=1&amp;lang"))));
		}
	}

	@Test
	void aPageShownForAGetCarriesOnlyFormsTypedInto() throws Exception {
		mvc.perform(get("/cases/new").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-language-switch>EN</a>")))
			.andExpect(content().string(not(containsString("data-carries-form"))));
	}
}
