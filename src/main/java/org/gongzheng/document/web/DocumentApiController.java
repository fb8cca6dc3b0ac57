package org.gongzheng.document.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.document.DocumentType;
import org.gongzheng.document.internal.DocumentService;
import org.gongzheng.document.internal.LegalDocument;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.PrintableText;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/** Legal documents over HTTP: read, download as PDF, issue case documents by hand, correct them. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Legal documents: numbered, immutable, as HTML or PDF")
class DocumentApiController {

	private final DocumentService documents;

	private final DocumentPdfs pdfs;

	DocumentApiController(DocumentService documents, DocumentPdfs pdfs) {
		this.documents = documents;
		this.pdfs = pdfs;
	}

	record DocumentDto(long id, DocumentType type, String title, String number, String authority, Long caseId,
			String subjectType, String subjectId, String recipient, Long issuedBy, Instant issuedAt, Long correctsId,
			String correctionReason, String contentHash, String pdfUrl,
			@Schema(description = "Characters of the document no font of the server draws, such as \"U+2A6A5\": its PDF prints \"#\" for each") List<String> unprintableCharacters,
			Map<String, String> fields) {
	}

	record HandIssueRequest(@NotNull(message = "{validation.required}") DocumentType type, Map<String, String> fields) {
	}

	record CorrectionRequest(String reason, Map<String, String> fields) {
	}

	private DocumentDto dto(LegalDocument d) {
		return new DocumentDto(d.getId(), d.getType(), d.getTitle(), d.getNumber(), d.getAuthorityName(), d.getCaseId(),
				d.getSubjectType(), d.getSubjectId(), d.getRecipient(), d.getIssuedBy(), d.getIssuedAt(),
				d.getCorrectsId(), d.getCorrectionReason(), d.getContentHash(), "/api/v1/documents/" + d.getId() + "/pdf",
				documents.unprintable(d).stream().map(PrintableText::named).toList(), documents.fields(d));
	}

	@GetMapping("/documents")
	@Operation(summary = "Documents in the caller's data scope, newest first")
	PageDto<DocumentDto> list(@RequestParam(required = false) DocumentType type,
			@RequestParam(required = false) String number, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(documents.search(type, number, Paging.within(page, size, 100),
				officer), this::dto);
	}

	@GetMapping("/documents/{id}")
	DocumentDto get(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return dto(documents.visible(id, officer));
	}

	@GetMapping(path = "/documents/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The document as issued, an XHTML fragment")
	String html(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return documents.visible(id, officer).getHtml();
	}

	@GetMapping("/documents/{id}/pdf")
	@Operation(summary = "The document as PDF with the Chinese text embedded (503 naming what to install when the server has no CJK font)",
			responses = { @ApiResponse(responseCode = "200", description = "The PDF file",
					content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)),
					@ApiResponse(responseCode = "503", description = "The server has no font with Chinese glyphs",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, HttpMethod method) {
		return pdfs.pdf(id, officer, method, ContentDisposition.attachment());
	}

	@GetMapping("/cases/{caseId}/documents")
	List<DocumentDto> ofCase(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer) {
		return documents.ofCase(caseId, officer).stream().map(this::dto).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/cases/{caseId}/documents")
	@Operation(summary = "Issue a case document by hand: ACCEPTANCE_RECEIPT, NON_FILING_NOTICE, PENALTY_NOTICE_RECORD or SEIZURE_DECISION")
	ResponseEntity<DocumentDto> issue(@PathVariable long caseId, @Valid @RequestBody HandIssueRequest request,
			@AuthenticationPrincipal SignedInOfficer officer) {
		LegalDocument document = documents.issueByHand(request.type(), caseId, request.fields(), officer);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.getId())).body(dto(document));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/documents/{id}/corrections")
	@Operation(summary = "Issue a corrected document that references this one; the original is kept unchanged")
	ResponseEntity<DocumentDto> correct(@PathVariable long id, @RequestBody CorrectionRequest request,
			@AuthenticationPrincipal SignedInOfficer officer) {
		LegalDocument document = documents.correct(id, request.fields(), request.reason(), officer);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.getId())).body(dto(document));
	}
}
