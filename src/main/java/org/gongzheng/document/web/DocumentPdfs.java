package org.gongzheng.document.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.gongzheng.document.internal.DocumentService;
import org.gongzheng.document.internal.LegalDocument;
import org.gongzheng.organization.SignedInOfficer;

/**
 * A document's PDF for the page (shown in the browser) and the API (downloaded). Opening it is
 * audited, as the document holds personal data; a HEAD is told the file's type and name after the
 * same scope check, but nothing is rendered and nothing is recorded as opened.
 */
@Component
class DocumentPdfs {

	private final DocumentService documents;

	DocumentPdfs(DocumentService documents) {
		this.documents = documents;
	}

	ResponseEntity<byte[]> pdf(long id, SignedInOfficer officer, HttpMethod method, ContentDisposition.Builder disposition) {
		boolean headersOnly = HttpMethod.HEAD.equals(method);
		LegalDocument document = headersOnly ? documents.inScope(id, officer) : documents.visible(id, officer);
		if (headersOnly) {
			documents.checkPdfFont();
		}
		String name = (document.getNumber() != null ? document.getNumber() : document.getTitle() + "-" + id) + ".pdf";
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name, StandardCharsets.UTF_8).build().toString());
		return headersOnly ? ok.build() : ok.body(documents.pdf(id));
	}
}
