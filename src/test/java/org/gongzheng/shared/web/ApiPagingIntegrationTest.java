package org.gongzheng.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An API list refuses a page before the first or a size it does not serve, on the parameter,
 * rather than answering another page than the one asked for; the pages keep taking any page number.
 */
@IntegrationTest
class ApiPagingIntegrationTest {

	/** Too many digits for an int either way: Spring cannot convert them, so no code of the list's sees them. */
	private static final String TOO_LARGE = "99999999999999999999";

	private static final String TOO_SMALL = "-99999999999999999999";

	private final MockMvc mvc;

	private final SignedInOfficer legal;

	private final RequestMappingHandlerMapping handlers;

	ApiPagingIntegrationTest(MockMvc mvc, Fixtures fixtures,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) {
		this.mvc = mvc;
		this.handlers = handlers;
		this.legal = fixtures.bureau().legal();
	}

	/** Every paged API list with the most rows a page it serves. */
	private Map<String, Integer> lists() {
		Map<String, Integer> lists = new LinkedHashMap<>();
		for (String list : new String[] { "/api/v1/cases", "/api/v1/documents", "/api/v1/penalty-decisions",
				"/api/v1/traffic/onsite-decisions", "/api/v1/traffic/bodycam-clips", "/api/v1/supervision/faults",
				"/api/v1/supervision/evaluations", "/api/v1/supervision/evaluations/mine", "/api/v1/me/sign-ins",
				"/api/v1/me/account-changes", "/api/v1/approvals/chains/PENALTY_MAJOR/versions" }) {
			lists.put(list, 100);
		}
		for (String list : new String[] { "/api/v1/officers", "/api/v1/supervision/alerts", "/api/v1/supervision/runs",
				"/api/v1/approvals", "/api/v1/approvals/queue/waitingForMe", "/api/v1/approvals/queue/overdueInScope",
				"/api/v1/approvals/queue/submittedByMe", "/api/v1/approvals/queue/returnedToMe",
				"/api/v1/approvals/queue/staleForMe", "/api/v1/approvals/records/officers/" + legal.officerId(),
				"/api/v1/approvals/records/officers/" + legal.officerId() + "/releases" }) {
			lists.put(list, 200);
		}
		return lists;
	}

	private MockHttpServletResponse list(String list, String page, String size) throws Exception {
		return mvc.perform(get(list).param("page", page).param("size", size).with(user(legal))).andReturn().getResponse();
	}

	@Test
	void everyApiListRefusesAPageBeforeTheFirstOnThePageParameter() throws Exception {
		for (String list : lists().keySet()) {
			for (String page : new String[] { "-1", TOO_SMALL }) {
				MockHttpServletResponse response = list(list, page, "10");
				assertThat(response.getStatus()).as(list + " page " + page).isEqualTo(400);
				assertThat(response.getContentType()).as(list).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(response.getContentAsString()).as(list + " page " + page)
					.contains("\"field\":\"page\"", "页码须为 0 或更大的整数（第一页为 0）");
			}
		}
	}

	@Test
	void everyApiListTellsAPageTooLongForAnIntThePagesItTakesNotTheRangeOfAnInt() throws Exception {
		for (String list : lists().keySet()) {
			MockHttpServletResponse response = list(list, TOO_LARGE, "10");
			assertThat(response.getStatus()).as(list).isEqualTo(400);
			assertThat(response.getContentAsString()).as(list)
				.contains("\"field\":\"page\"", "须为 0 到 2147483647 之间的整数");
		}
	}

	@Test
	void everyApiListRefusesASizeBelowOneOrAboveItsMaximumNamingTheMaximum() throws Exception {
		for (Map.Entry<String, Integer> list : lists().entrySet()) {
			for (String size : new String[] { "0", "-5", String.valueOf(list.getValue() + 1),
					String.valueOf(Integer.MAX_VALUE), TOO_LARGE, TOO_SMALL }) {
				MockHttpServletResponse response = list(list.getKey(), "0", size);
				assertThat(response.getStatus()).as(list.getKey() + " size " + size).isEqualTo(400);
				assertThat(response.getContentAsString()).as(list.getKey() + " size " + size)
					.contains("\"field\":\"size\"", "每页条数须在 1 到 " + list.getValue() + " 之间");
			}
		}
	}

	@Test
	void everyApiListServesTheFirstPageAndItsMaximumSizeAsAsked() throws Exception {
		for (Map.Entry<String, Integer> list : lists().entrySet()) {
			for (String size : new String[] { "1", String.valueOf(list.getValue()) }) {
				MockHttpServletResponse response = list(list.getKey(), "0", size);
				assertThat(response.getStatus()).as(list.getKey() + " size " + size).isEqualTo(200);
				assertThat(response.getContentAsString()).as(list.getKey()).contains("\"size\":" + size);
			}
		}
	}

	/**
	 * The list above is kept by hand; a new list whose parameters lack the constraints would tell
	 * a size too long for an int the range of an int.
	 */
	@Test
	void everyApiListDeclaresTheBoundsOfItsPageAndSizeOnTheParameters() {
		List<String> undeclared = new ArrayList<>();
		handlers.getHandlerMethods().forEach((mapping, handler) -> {
			if (!handler.getBeanType().isAnnotationPresent(RestController.class)) {
				return;
			}
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				String name = parameter.getParameterName();
				boolean bounded = "page".equals(name) ? parameter.hasParameterAnnotation(PageNumber.class)
						: !"size".equals(name) || parameter.hasParameterAnnotation(PageSize.class);
				if (parameter.hasParameterAnnotation(RequestParam.class) && !bounded) {
					undeclared.add(handler.getShortLogMessage() + " " + name);
				}
			}
		});
		assertThat(undeclared).isEmpty();
	}

	@Test
	void bothProblemsAreNamedAtOnceInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/cases").param("page", "-3").param("size", "1000").header("Accept-Language", "en")
			.with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.invalid"))
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value("The page must be 0 or more (the first page is 0)"))
			.andExpect(jsonPath("$.errors[1].field").value("size"))
			.andExpect(jsonPath("$.errors[1].message").value("The page size must be from 1 to 100"));
	}

	@Test
	void thePagesStillShowTheFirstPageForAPageBeforeIt() throws Exception {
		for (String page : new String[] { "/cases", "/supervision/faults", "/approvals/requests" }) {
			int status = mvc.perform(get(page).param("page", "-1").with(user(legal)).accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(page).isEqualTo(200);
		}
	}
}
