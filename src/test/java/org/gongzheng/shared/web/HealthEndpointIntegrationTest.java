package org.gongzheng.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A load balancer or a monitor asks, without an account, whether the application is up; it learns
 * that and nothing else. An administrator signed in sees which part is down.
 */
@IntegrationTest
class HealthEndpointIntegrationTest {

	private final MockMvc mvc;

	private final SignedInOfficer admin;

	private final SignedInOfficer officer;

	HealthEndpointIntegrationTest(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		Fixtures.Bureau bureau = fixtures.bureau();
		this.admin = bureau.admin();
		this.officer = bureau.officer();
	}

	@Test
	void healthLivenessAndReadinessAnswerUpWithoutSigningInAndWithoutDetails() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(jsonPath("$.details").doesNotExist());
		}
	}

	@Test
	void aSignedInAdministratorSeesWhichPartIsUpAndAnOfficerDoesNot() throws Exception {
		mvc.perform(get("/actuator/health").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.fileStore.status").value("UP"));
		mvc.perform(get("/actuator/health").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void noOtherActuatorEndpointIsReachableEvenForAnAdministrator() throws Exception {
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump" }) {
			mvc.perform(get(path)).andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", containsString("/login")));
			mvc.perform(get(path).with(user(admin))).andExpect(status().isNotFound());
		}
	}
}
