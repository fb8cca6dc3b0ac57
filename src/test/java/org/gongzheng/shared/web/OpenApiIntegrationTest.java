package org.gongzheng.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API description integrators start from is served and lists the API, approvals included. */
@IntegrationTest
class OpenApiIntegrationTest {

	private final MockMvc mvc;

	OpenApiIntegrationTest(MockMvc mvc) {
		this.mvc = mvc;
	}

	@Test
	void theOpenApiDocumentDescribesTheApprovalAndAuditEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/approvals/{id}/signatures']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approvals/chains/{action}/versions']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approvals/chains/{action}/follow-default']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approvals/records/officers/{officerId}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit/verification']").exists());
	}
}
