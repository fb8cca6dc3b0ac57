package org.gongzheng.approval.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.SignatureFindings;
import org.gongzheng.approval.internal.ApprovalQueries;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.approval.internal.SignatureFilter;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;

/**
 * Accountability records: for a case, every link with its signer, opinion and what they read; for
 * an officer, every link they ever signed with what later became of the case and any fault later
 * found against that signature, a page at a time and filtered. Both export to Excel and print as
 * PDF; the officer's export is everything the filter selects. Every export is audited.
 */
@Controller
class AccountabilityController {

	static final int PAGE_SIZE = 30;

	private static final MediaType EXCEL = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ApprovalQueries queries;

	private final ApprovalCaseFiles files;

	private final Organization organization;

	private final RecordAccess access;

	private final RecordTable table;

	private final AccountabilityWorkbook workbook;

	private final AccountabilityPdf pdf;

	private final SignatureFindings findings;

	private final ApplicationEventPublisher events;

	private final Messages messages;

	AccountabilityController(ApprovalQueries queries, ApprovalCaseFiles files, Organization organization,
			RecordAccess access, RecordTable table, AccountabilityWorkbook workbook, AccountabilityPdf pdf,
			SignatureFindings findings, ApplicationEventPublisher events, Messages messages) {
		this.queries = queries;
		this.files = files;
		this.organization = organization;
		this.access = access;
		this.table = table;
		this.workbook = workbook;
		this.pdf = pdf;
		this.findings = findings;
		this.events = events;
		this.messages = messages;
	}

	@GetMapping("/approvals/records/cases/{caseId}")
	String caseRecord(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		ApprovalCaseFiles.CaseFile file = access.caseFile(caseId, officer);
		List<Signature> signatures = queries.signaturesOnCase(caseId);
		model.addAttribute("file", file);
		model.addAttribute("requests", queries.requestsOnCase(caseId));
		model.addAttribute("byRequest", signatures.stream().collect(Collectors.groupingBy(Signature::getRequestId)));
		model.addAttribute("seen", queries.materialsSeen(caseId, signatures));
		model.addAttribute("linkNames", queries.linkNames(signatures, LocaleContextHolder.getLocale()));
		model.addAttribute("names", names(signatures));
		model.addAttribute("findings", findings.forSignatures(ids(signatures)));
		return "approval/case-record";
	}

	@GetMapping("/approvals/records/me")
	RedirectView myRecord(@RequestParam MultiValueMap<String, String> filter,
			@AuthenticationPrincipal SignedInOfficer officer) {
		// The filter goes along, so a link to "my record, last year's refusals" works; encoded and
		// taken literally, never as a URI template.
		RedirectView redirect = new RedirectView(UriComponentsBuilder
			.fromPath("/approvals/records/officers/" + officer.officerId())
			.queryParams(filter)
			.build()
			.encode()
			.toUriString(), true);
		redirect.setExpandUriTemplateVariables(false);
		return redirect;
	}

	@GetMapping("/approvals/records/officers/{officerId}")
	String officerRecord(@PathVariable long officerId, SignatureFilter filter, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		OfficerSummary subject = access.officer(officerId, officer);
		Page<Signature> signatures;
		try {
			signatures = queries.signaturesBy(officerId, filter, officer.zone(),
					PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		}
		catch (InvalidInputException ex) {
			// The form shows the problem beside the field; the list stays empty rather than wrong.
			signatures = Page.empty();
			model.addAttribute("filterProblem", ex.fieldProblems().get(0));
		}
		String query = filterQuery(filter);
		model.addAttribute("subject", subject);
		model.addAttribute("filter", filter);
		model.addAttribute("signatures", signatures);
		model.addAttribute("cases", files.findAll(caseIds(signatures.getContent())));
		model.addAttribute("linkNames", queries.linkNames(signatures.getContent(), LocaleContextHolder.getLocale()));
		model.addAttribute("findings", findings.forSignatures(ids(signatures.getContent())));
		model.addAttribute("actions", ApprovalAction.values());
		model.addAttribute("decisions", Approvals.Decision.values());
		model.addAttribute("base", "/approvals/records/officers/" + officerId + query);
		model.addAttribute("export", "/approvals/records/officers/" + officerId + ".xlsx" + query);
		model.addAttribute("print", "/approvals/records/officers/" + officerId + ".pdf" + query);
		model.addAttribute("printable", AccountabilityPdf.printable(signatures.getTotalElements()));
		model.addAttribute("printLimit", AccountabilityPdf.MAX_ROWS);
		return "approval/officer-record";
	}

	@GetMapping("/approvals/records/cases/{caseId}.xlsx")
	ResponseEntity<byte[]> caseRecordExport(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer)
			throws IOException {
		ApprovalCaseFiles.CaseFile file = access.caseFile(caseId, officer);
		return download("accountability-" + file.number() + ".xlsx", EXCEL, workbook.write(caseTable(file, "xlsx")));
	}

	@GetMapping("/approvals/records/cases/{caseId}.pdf")
	ResponseEntity<byte[]> caseRecordPdf(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer) {
		ApprovalCaseFiles.CaseFile file = access.caseFile(caseId, officer);
		RecordTable.Table rows = caseTable(file, "pdf");
		return download("accountability-" + file.number() + ".pdf", MediaType.APPLICATION_PDF,
				pdf.print(messages.get("approval.records.caseTitleText") + " · " + file.number(),
						List.of(file.number() + " " + file.title()), rows, officer));
	}

	@GetMapping("/approvals/records/officers/{officerId}.xlsx")
	ResponseEntity<byte[]> officerRecordExport(@PathVariable long officerId,
			SignatureFilter filter, @AuthenticationPrincipal SignedInOfficer officer) throws IOException {
		OfficerSummary subject = access.officer(officerId, officer);
		return download("accountability-" + subject.policeNumber() + ".xlsx", EXCEL,
				workbook.write(officerTable(subject, filter, officer, "xlsx")));
	}

	@GetMapping("/approvals/records/officers/{officerId}.pdf")
	ResponseEntity<byte[]> officerRecordPdf(@PathVariable long officerId, SignatureFilter filter,
			@AuthenticationPrincipal SignedInOfficer officer) {
		OfficerSummary subject = access.officer(officerId, officer);
		AccountabilityPdf.checkPrintable(queries.signaturesBy(officerId, filter, officer.zone(), PageRequest.of(0, 1))
			.getTotalElements());
		RecordTable.Table rows = officerTable(subject, filter, officer, "pdf");
		String unit = subject.unitName(LocaleContextHolder.getLocale());
		List<String> lines = filter.isEmpty() ? List.of(unit)
				: List.of(unit, messages.get("approval.records.filtered", describe(filter)));
		return download("accountability-" + subject.policeNumber() + ".pdf", MediaType.APPLICATION_PDF,
				pdf.print(subject.label() + " · " + messages.get("approval.records.officerTitle"), lines, rows, officer));
	}

	/** The case's record as the exports show it; the export itself is audited. */
	private RecordTable.Table caseTable(ApprovalCaseFiles.CaseFile file, String format) {
		List<Signature> signatures = queries.signaturesOnCase(file.id());
		events.publishEvent(AuditEvent.success("ACCOUNTABILITY_EXPORTED", "CASE", file.id(), file.number() + " " + format));
		return table.of(signatures, Map.of(file.id(), file), names(signatures), queries.materialsSeen(file.id(), signatures),
				queries.linkNames(signatures, LocaleContextHolder.getLocale()), findings.forSignatures(ids(signatures)));
	}

	/** Everything the filter selects of the officer's record; the export itself is audited. */
	private RecordTable.Table officerTable(OfficerSummary subject, SignatureFilter filter, SignedInOfficer officer,
			String format) {
		List<Signature> signatures = queries.signaturesBy(subject.id(), filter, officer.zone(), Pageable.unpaged())
			.getContent();
		events.publishEvent(AuditEvent.success("ACCOUNTABILITY_EXPORTED", "OFFICER", subject.id(),
				subject.policeNumber() + " " + format + (filter.isEmpty() ? "" : " " + filterQuery(filter))));
		return table.of(signatures, files.findAll(caseIds(signatures)), names(signatures), Map.of(),
				queries.linkNames(signatures, LocaleContextHolder.getLocale()), findings.forSignatures(ids(signatures)));
	}

	private Map<Long, OfficerSummary> names(List<Signature> signatures) {
		return organization.officers(signatures.stream().map(Signature::getSignerId).collect(Collectors.toSet()));
	}

	private static List<Long> ids(List<Signature> signatures) {
		return signatures.stream().map(Signature::getId).toList();
	}

	private static Set<Long> caseIds(List<Signature> signatures) {
		return signatures.stream().map(Signature::getCaseId).collect(Collectors.toSet());
	}

	/** The filter in words, for the printed record: which signatures it holds. */
	private String describe(SignatureFilter filter) {
		List<String> parts = new ArrayList<>();
		Optional.ofNullable(filter.action()).ifPresent(a -> parts.add(messages.get("enum.ApprovalAction." + a)));
		Optional.ofNullable(filter.decision()).ifPresent(d -> parts.add(messages.get("enum.Decision." + d)));
		if (filter.from() != null || filter.to() != null) {
			parts.add(messages.get("approval.records.filter.from") + " " + (filter.from() == null ? "…" : filter.from())
					+ " " + messages.get("approval.records.filter.to") + " " + (filter.to() == null ? "…" : filter.to()));
		}
		if (filter.onlyWithFindings()) {
			parts.add(messages.get("approval.records.filter.withFindings"));
		}
		return String.join("en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "; " : "；", parts);
	}

	/** The filter as a query string ("" when empty), for the pager and the export link. */
	private static String filterQuery(SignatureFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("action", Optional.ofNullable(filter.action()))
			.queryParamIfPresent("decision", Optional.ofNullable(filter.decision()))
			.queryParamIfPresent("from", Optional.ofNullable(filter.from()))
			.queryParamIfPresent("to", Optional.ofNullable(filter.to()))
			.queryParamIfPresent("withFindings", Optional.of(true).filter(x -> filter.onlyWithFindings()))
			.build()
			.toUriString();
	}

	private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
