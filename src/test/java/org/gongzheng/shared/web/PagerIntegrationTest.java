package org.gongzheng.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pager under a list, as a keyboard or a screen reader meets it: a way that leads nowhere
 * (before the first page, past the last) is no link to tab to and follow onto an empty page, the
 * current page says which it is and of how many, and the pager is a navigation region with a name.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagerIntegrationTest {

	/** The case list shows 20 cases a page. */
	private static final int CASES_A_PAGE = 20;

	private static final Pattern PAGER = Pattern.compile("<nav[^>]*>(?:(?!</nav>).)*?class=\"pagination.*?</nav>",
			Pattern.DOTALL);

	private final MockMvc mvc;

	private final SignedInOfficer officer;

	PagerIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases) {
		this.mvc = mvc;
		this.officer = fixtures.bureau().officer();
		for (int i = 0; i <= CASES_A_PAGE; i++) {
			testCases.accepted(officer, "翻页案" + i);
		}
	}

	@Test
	void theLastPagesNextIsNoLinkAndTheCurrentPageIsMarkedWithItsCount() throws Exception {
		String pager = pager("/cases?page=1&lang=en");
		assertThat(pager).startsWith("<nav aria-label=\"Pages\">");
		assertThat(pager).contains("<span class=\"page-link\" aria-disabled=\"true\">Next</span>")
			.doesNotContainPattern("<a[^>]*>Next</a>")
			.doesNotContain("page=2");
		assertThat(pager).containsPattern("<a class=\"page-link\"[^>]*href=\"[^\"]*page=0\"[^>]*>Previous</a>");
		assertThat(pager).containsPattern("<li class=\"page-item\" aria-current=\"page\">\\s*<span[^>]*>Page 2 of 2</span>");
	}

	@Test
	void theFirstPagesPreviousIsNoLinkAndThePagerIsNamedInChinese() throws Exception {
		String pager = pager("/cases");
		assertThat(pager).startsWith("<nav aria-label=\"分页\">");
		assertThat(pager).contains("<span class=\"page-link\" aria-disabled=\"true\">上一页</span>")
			.doesNotContainPattern("<a[^>]*>上一页</a>");
		assertThat(pager).containsPattern("<a class=\"page-link\"[^>]*href=\"[^\"]*page=1\"[^>]*>下一页</a>");
		assertThat(pager).containsPattern("aria-current=\"page\">\\s*<span[^>]*>第 1 / 2 页</span>");
	}

	@Test
	void aPagePastTheEndLinksBackToTheLastButOnwardToNothing() throws Exception {
		String pager = pager("/cases?page=5&lang=en");
		assertThat(pager).containsPattern("<a class=\"page-link\"[^>]*href=\"[^\"]*page=1\"[^>]*>Previous</a>");
		assertThat(pager).contains("<span class=\"page-link\" aria-disabled=\"true\">Next</span>")
			.doesNotContain("aria-current")
			.doesNotContain("page=6");
	}

	private String pager(String address) throws Exception {
		String html = mvc.perform(get(address).with(user(officer)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher pager = PAGER.matcher(html);
		assertThat(pager.find()).as("a pager on " + address).isTrue();
		return pager.group();
	}
}
