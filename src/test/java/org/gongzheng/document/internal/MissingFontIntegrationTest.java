package org.gongzheng.document.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A server without a font with Chinese glyphs makes no PDF: a document's or an accountability
 * record's PDF is refused with 503 and what to install, and a HEAD for it is told the same, so a
 * link checker does not report a file that cannot be fetched.
 */
@IntegrationTest
@MockitoBean(types = PdfRenderer.class)
class MissingFontIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final PdfRenderer renderer;

	MissingFontIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, PdfRenderer renderer) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.renderer = renderer;
	}

	@Test
	void everyPdfAndAHeadForItAreRefusedWithWhatToInstall() throws Exception {
		FontUnavailableException missing = new FontUnavailableException("/usr/share/fonts");
		doThrow(missing).when(renderer).checkFont();
		when(renderer.render(anyString(), anyString())).thenThrow(missing);
		when(renderer.render(anyString(), anyString(), anyString())).thenThrow(missing);
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "无字体案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		String document = mvc.perform(post("/api/v1/cases/{id}/documents", lawCase.getId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "ACCEPTANCE_RECEIPT", "fields": {"recipient": "张三", "note": ""}}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long documentId = ((Number) JsonPath.read(document, "$.id")).longValue();

		List<String> documentPdfs = List.of("/documents/{id}.pdf", "/api/v1/documents/{id}/pdf");
		List<String> recordPdfs = List.of("/approvals/records/cases/{id}.pdf", "/api/v1/approvals/records/cases/{id}/pdf");
		// A HEAD asks the renderer only whether it could print: nothing is rendered.
		for (String url : documentPdfs) {
			mvc.perform(head(url, documentId).with(user(bureau.officer()))).andExpect(status().isServiceUnavailable());
		}
		for (String url : recordPdfs) {
			mvc.perform(head(url, lawCase.getId()).with(user(bureau.legal()))).andExpect(status().isServiceUnavailable());
		}
		verify(renderer, never()).render(any(), any());
		verify(renderer, never()).render(any(), any(), any());
		// Outside the officer's scope the answer stays 404, font or not.
		mvc.perform(head("/api/v1/documents/{id}/pdf", documentId).with(user(fixtures.bureau().legal())))
			.andExpect(status().isNotFound());

		for (String url : documentPdfs) {
			mvc.perform(get(url, documentId).with(user(bureau.officer()))).andExpect(status().isServiceUnavailable());
		}
		for (String url : recordPdfs) {
			mvc.perform(get(url, lawCase.getId()).with(user(bureau.legal()))).andExpect(status().isServiceUnavailable());
		}
		mvc.perform(get("/api/v1/approvals/records/cases/{id}/pdf", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(jsonPath("$.detail").value(containsString("fonts-noto-cjk")));
	}
}
