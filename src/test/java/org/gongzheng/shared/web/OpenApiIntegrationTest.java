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

	@Test
	void theDescriptionSaysHowToSignInAndWhatEachOperationAnswersWhenItRefuses() throws Exception {
		String sign = "$.paths['/api/v1/approvals/{id}/signatures'].post.responses";
		String queue = "$.paths['/api/v1/approvals/queue'].get.responses";
		String nextUnread = "$.paths['/api/v1/approvals/{id}/next-unread'].get.responses";
		String problem = "['application/problem+json'].schema['$ref']";
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Gongzheng (公正) API"))
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
			.andExpect(jsonPath("$.security[0].basic").exists())
			.andExpect(jsonPath("$.components.schemas.Problem.properties.errors.type").value("array"))
			.andExpect(jsonPath(sign + "['200'].content['application/json']").exists())
			.andExpect(jsonPath(sign + "['400'].content" + problem).value("#/components/schemas/Problem"))
			.andExpect(jsonPath(sign + "['401']").exists())
			.andExpect(jsonPath(sign + "['403']").exists())
			.andExpect(jsonPath(sign + "['404']").exists())
			.andExpect(jsonPath(sign + "['409'].content" + problem).value("#/components/schemas/Problem"))
			.andExpect(jsonPath(queue + "['401']").exists())
			.andExpect(jsonPath(queue + "['429']").exists())
			.andExpect(jsonPath(queue + "['404']").doesNotExist())
			.andExpect(jsonPath(queue + "['409']").doesNotExist())
			.andExpect(jsonPath("$.paths['/api/v1/units'].get.responses['400'].description")
				.value("A parameter this operation does not read, named in `errors`; nothing was changed"))
			.andExpect(jsonPath("$.paths['/api/v1/documents/{id}/pdf'].get.responses['200'].content['application/pdf']")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/documents/{id}/pdf'].get.responses['503'].content" + problem)
				.value("#/components/schemas/Problem"))
			// Reading in turn: nothing left to read has no body, and a request closed to signing is a problem.
			.andExpect(jsonPath(nextUnread + "['200'].content['application/json']").exists())
			.andExpect(jsonPath(nextUnread + "['204'].content").doesNotExist())
			.andExpect(jsonPath(nextUnread + "['409'].content" + problem).value("#/components/schemas/Problem"))
			// What creates something answers 201, and says so.
			.andExpect(jsonPath("$.paths['/api/v1/cases/{id}/materials'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{id}/materials'].post.responses['200']").doesNotExist())
			.andExpect(jsonPath("$.paths['/api/v1/cases'].post.responses['201']").exists());
	}
}
