package org.gongzheng.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link their scripts and styles by names holding a hash of the content, so that browsers
 * keep them long and still fetch the new ones as soon as an upgrade changes them.
 */
@IntegrationTest
class StaticFileNamesIntegrationTest {

	private static final Pattern HASHED = Pattern.compile("(?:src|href)=\"(/[^\"]+-[0-9a-f]{32}\\.[a-z]+)\"");

	private final MockMvc mvc;

	StaticFileNamesIntegrationTest(MockMvc mvc) {
		this.mvc = mvc;
	}

	@Test
	void pagesLinkScriptsAndStylesByContentHashAndBrowsersMayKeepThemAYear() throws Exception {
		String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher linked = HASHED.matcher(page);
		int files = 0;
		while (linked.find()) {
			files++;
			mvc.perform(get(linked.group(1)))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("max-age=31536000")));
		}
		assertThat(page).contains("/js/kept-forms-").contains("/css/app-").contains("/webjars/bootstrap/").contains("/favicon-");
		assertThat(files).as("scripts, styles and icons linked by hash").isGreaterThanOrEqualTo(7);
	}

	@Test
	void aScriptAskedForByItsPlainNameIsStillServed() throws Exception {
		mvc.perform(get("/js/app.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}
}
