package org.gongzheng.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A page address someone typed or edited by hand gets an answer that says what is wrong with it. */
@IntegrationTest
class PageAddressErrorIntegrationTest {

	private final MockMvc mvc;

	private final SignedInOfficer legal;

	private final SignedInOfficer admin;

	PageAddressErrorIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		Fixtures.Bureau bureau = fixtures.bureau();
		this.legal = bureau.legal();
		this.admin = bureau.admin();
	}

	@Test
	void aPathSegmentThatIsNoIdOrKnownActionNamesNothingSoThePageIsNotFound() throws Exception {
		for (String address : new String[] { "/approvals/abc", "/approvals/chains/NO_SUCH_ACTION", "/cases/abc",
				"/documents/abc.pdf" }) {
			mvc.perform(get(address).with(user(legal)).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("您要查找的内容不存在")));
		}
	}

	@Test
	void anUnreadableQueryParameterIsNamedWithItsValue() throws Exception {
		mvc.perform(get("/approvals/records/officers/" + legal.officerId()).param("from", "2026-13-01").with(user(legal)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“from”的取值“2026-13-01”不是 1900 年至 9999 年之间的有效日期")))
			.andExpect(content().string(not(containsString("请按提示修改"))));
		mvc.perform(get("/cases").param("page", "abc").param("lang", "en").with(user(legal)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value of &quot;page&quot; cannot be read: &quot;abc&quot;")));
	}

	@Test
	void aValueInTheAddressThatBreaksAFieldRuleIsNamedWithItsProblem() throws Exception {
		mvc.perform(get("/supervision/evaluations").param("month", "2026-13").with(user(legal)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“month”：月份格式应为 2026-05")))
			.andExpect(content().string(not(containsString("请按提示修改"))));
		mvc.perform(get("/admin/calendar").param("year", "99999").param("lang", "en").with(user(admin))
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("&quot;year&quot;: The year 99999 is not between 1900 and 9999")));
	}

	@Test
	void theApiStillAnswersAnUnreadableIdWithAProblemOnThatField() throws Exception {
		mvc.perform(get("/api/v1/approvals/abc").with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}
