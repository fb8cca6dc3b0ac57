package org.gongzheng.approval.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpMethod;
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
import org.gongzheng.approval.internal.ApprovalRequest;
import org.gongzheng.approval.internal.RecordQueries;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.approval.internal.SignatureFilter;
import org.gongzheng.approval.internal.SubmissionRound;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Paging;

/**
 * Accountability records: for a case, every link with its signer, opinion and what they read; for
 * an officer, every link they ever signed with what later became of the case and any fault later
 * found against that signature, a page at a time and filtered. Both export to Excel and print as
 * PDF; the officer's export is everything the filter selects. Every export is audited.
 */
@Controller
class AccountabilityController {

	static final int PAGE_SIZE = 30;

	private final RecordQueries queries;

	private final ApprovalCaseFiles files;

	private final Organization organization;

	private final RecordAccess access;

	private final SignatureFindings findings;

	private final AccountabilityExports exports;

	AccountabilityController(RecordQueries queries, ApprovalCaseFiles files, Organization organization,
			RecordAccess access, SignatureFindings findings, AccountabilityExports exports) {
		this.queries = queries;
		this.files = files;
		this.organization = organization;
		this.access = access;
		this.findings = findings;
		this.exports = exports;
	}

	@GetMapping("/approvals/records/cases/{caseId}")
	String caseRecord(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		ApprovalCaseFiles.CaseFile file = access.caseFile(caseId, officer);
		List<Signature> signatures = queries.signaturesOnCase(caseId);
		model.addAttribute("file", file);
		model.addAttribute("byRequest", signatures.stream().collect(Collectors.groupingBy(Signature::getRequestId)));
		model.addAttribute("seen", queries.materialsSeen(caseId, signatures));
		model.addAttribute("linkNames", queries.linkNames(signatures, LocaleContextHolder.getLocale()));
		List<RecordQueries.ReleaseOnCase> releases = queries.releasesOnCase(caseId);
		model.addAttribute("releases", releases.stream()
			.collect(Collectors.groupingBy(x -> x.release().requestId())));
		Map<Long, List<SubmissionRound>> rounds = queries.roundsOnCase(caseId);
		model.addAttribute("rounds", rounds);
		List<ApprovalRequest> requests = queries.requestsOnCase(caseId);
		var names = organization.officers(Stream.of(SignatureSets.signerIds(signatures).stream(),
				releases.stream().map(x -> x.release().officerId()), SignatureSets.submitterIds(rounds).stream(),
				SignatureSets.withdrawerIds(requests).stream())
			.flatMap(ids -> ids)
			.collect(Collectors.toSet()));
		model.addAttribute("requests", requests);
		model.addAttribute("names", names);
		model.addAttribute("readable", names.values().stream().filter(o -> access.mayRead(o, officer))
			.map(o -> o.id()).collect(Collectors.toSet()));
		model.addAttribute("findings", findings.forSignatures(SignatureSets.ids(signatures)));
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
			@RequestParam(defaultValue = "0") int releasesPage, @AuthenticationPrincipal SignedInOfficer officer,
			Model model, HttpServletResponse response) {
		OfficerSummary subject = access.officer(officerId, officer);
		Page<Signature> signatures;
		Page<RecordQueries.ReleaseOnCase> releases;
		try {
			signatures = queries.signaturesBy(officerId, filter, officer.zone(),
					Paging.of(page, PAGE_SIZE));
			releases = queries.releasesOf(officerId, filter, officer.zone(),
					Paging.of(releasesPage, PAGE_SIZE));
		}
		catch (InvalidInputException ex) {
			// The form shows the problem beside the field; the list stays empty rather than wrong.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			signatures = Page.empty();
			releases = Page.empty();
			model.addAttribute("filterProblem", ex.fieldProblems().get(0));
		}
		String query = AccountabilityExports.filterQuery(filter);
		model.addAttribute("subject", subject);
		model.addAttribute("filter", filter);
		model.addAttribute("signatures", signatures);
		model.addAttribute("cases", files.findAll(SignatureSets.caseIds(signatures.getContent(), releases.getContent())));
		model.addAttribute("releases", releases);
		model.addAttribute("summary", queries.summaryOf(officerId));
		model.addAttribute("linkNames", queries.linkNames(signatures.getContent(), LocaleContextHolder.getLocale()));
		model.addAttribute("findings", findings.forSignatures(SignatureSets.ids(signatures.getContent())));
		model.addAttribute("seen", queries.materialsSeen(signatures.getContent()));
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
	ResponseEntity<byte[]> caseRecordExport(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer,
			HttpMethod method) {
		return exports.caseExcel(caseId, officer, method);
	}

	@GetMapping("/approvals/records/cases/{caseId}.pdf")
	ResponseEntity<byte[]> caseRecordPdf(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer,
			HttpMethod method) {
		return exports.casePdf(caseId, officer, method);
	}

	@GetMapping("/approvals/records/officers/{officerId}.xlsx")
	void officerRecordExport(@PathVariable long officerId, SignatureFilter filter,
			@AuthenticationPrincipal SignedInOfficer officer, HttpMethod method, HttpServletResponse response)
			throws IOException {
		exports.officerExcel(officerId, filter, officer, method, response);
	}

	@GetMapping("/approvals/records/officers/{officerId}.pdf")
	ResponseEntity<byte[]> officerRecordPdf(@PathVariable long officerId, SignatureFilter filter,
			@AuthenticationPrincipal SignedInOfficer officer, HttpMethod method) {
		return exports.officerPdf(officerId, filter, officer, method);
	}

	private Map<Long, OfficerSummary> names(List<Signature> signatures) {
		return organization.officers(SignatureSets.signerIds(signatures));
	}
}
