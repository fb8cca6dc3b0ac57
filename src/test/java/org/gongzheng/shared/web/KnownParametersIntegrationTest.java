package org.gongzheng.shared.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A parameter an API address does not read is refused by name, so a misspelt filter never passes for a filter. */
@IntegrationTest
class KnownParametersIntegrationTest {

	private static final String CASE_FILTERS = "deadline, from, handlerId, page, q, size, state, to, type, unitId";

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final RequestMappingHandlerMapping mappings;

	private final SignedInOfficer officer;

	private final SignedInOfficer legal;

	KnownParametersIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Fixtures fixtures, ApplicationContext context) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		Fixtures.Bureau bureau = fixtures.bureau();
		this.officer = bureau.officer();
		this.legal = bureau.legal();
	}

	@Test
	void aMisspeltFilterIsRefusedNamingTheFiltersTheListHas() throws Exception {
		mvc.perform(get("/api/v1/cases").param("stat", "FILED").param("q", "盗窃").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.parameters.unknown"))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("stat"))
			.andExpect(jsonPath("$.errors[0].message").value("没有这个参数（可用参数：" + CASE_FILTERS + "）"));
		mvc.perform(get("/api/v1/cases").param("keyword", "盗窃").with(user(officer))
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("keyword"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("There is no such parameter (the parameters are: " + CASE_FILTERS + ")"));
	}

	@Test
	void theListsOwnFiltersAndTheLanguageSwitchAreRead() throws Exception {
		mvc.perform(get("/api/v1/cases").param("state", "FILED").param("q", "盗窃").param("page", "0")
			.param("size", "5").param("lang", "en").with(user(officer)))
			.andExpect(status().isOk());
	}

	@Test
	void aFilterObjectsPropertiesAreItsParameters() throws Exception {
		String record = "/api/v1/approvals/records/officers/" + officer.officerId();
		mvc.perform(get(record).param("decision", "APPROVE").param("withFindings", "true").with(user(legal)))
			.andExpect(status().isOk());
		mvc.perform(get(record).param("decison", "APPROVE").with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decison"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("没有这个参数（可用参数：action, decision, from, page, size, to, withFindings）"));
	}

	@Test
	void anAddressWithoutParametersSaysItTakesNone() throws Exception {
		mvc.perform(get("/api/v1/units").param("bureau", "1").with(user(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bureau"))
			.andExpect(jsonPath("$.errors[0].message").value("此地址不接受参数"));
	}

	@Test
	void aWriteWithAParameterItDoesNotReadSavesNothing() throws Exception {
		String title = "未知参数 " + System.nanoTime();
		mvc.perform(post("/api/v1/cases").param("dryRun", "true").with(user(officer))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"type": "ADMINISTRATIVE", "title": "%s", "summary": "案情", "reportSource": "WALK_IN",
					 "occurredAt": "2026-12-06T10:00:00+08:00"}""".formatted(title)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dryRun"));
		assertThat(jdbc.queryForObject("select count(*) from cases where title = ?", Integer.class, title)).isZero();
	}

	@Test
	void everyNamedParameterOfTheApiIsKnownUnderItsName() {
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (!method.getBeanType().isAnnotationPresent(RestController.class)) {
				return;
			}
			Set<String> known = KnownParameters.of(method).orElseThrow();
			for (MethodParameter parameter : method.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param != null) {
					parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
					String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
					assertThat(known).as(info.toString()).contains(name);
				}
			}
		});
	}
}
