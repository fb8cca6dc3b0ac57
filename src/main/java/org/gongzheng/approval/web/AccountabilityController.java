package org.gongzheng.approval.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.internal.ApprovalQueries;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Accountability records: for a case, every link with its signer, opinion and what they read; for
 * an officer, every link they ever signed with what later became of the case. Both export to Excel.
 */
@Controller
class AccountabilityController {

	private final ApprovalQueries queries;

	private final ApprovalCaseFiles files;

	private final Organization organization;

	private final AccountabilityWorkbook workbook;

	private final ApplicationEventPublisher events;

	AccountabilityController(ApprovalQueries queries, ApprovalCaseFiles files, Organization organization,
			AccountabilityWorkbook workbook, ApplicationEventPublisher events) {
		this.queries = queries;
		this.files = files;
		this.organization = organization;
		this.workbook = workbook;
		this.events = events;
	}

	@GetMapping("/approvals/records/cases/{caseId}")
	String caseRecord(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		ApprovalCaseFiles.CaseFile file = visibleCase(caseId, officer);
		List<Signature> signatures = queries.signaturesOnCase(caseId);
		model.addAttribute("file", file);
		model.addAttribute("requests", queries.requestsOnCase(caseId));
		model.addAttribute("signatures", signatures);
		model.addAttribute("names", organization.officers(signatures.stream().map(Signature::getSignerId)
			.collect(Collectors.toSet())));
		return "approval/case-record";
	}

	@GetMapping("/approvals/records/me")
	String myRecord(@AuthenticationPrincipal SignedInOfficer officer) {
		return "redirect:/approvals/records/officers/" + officer.officerId();
	}

	@GetMapping("/approvals/records/officers/{officerId}")
	String officerRecord(@PathVariable long officerId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		OfficerSummary subject = visibleOfficer(officerId, officer);
		List<Signature> signatures = queries.allSignaturesBy(officerId);
		model.addAttribute("subject", subject);
		model.addAttribute("signatures", signatures);
		model.addAttribute("cases", casesOf(signatures));
		return "approval/officer-record";
	}

	@GetMapping("/approvals/records/cases/{caseId}.xlsx")
	ResponseEntity<byte[]> caseRecordExport(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer)
			throws IOException {
		ApprovalCaseFiles.CaseFile file = visibleCase(caseId, officer);
		List<Signature> signatures = queries.signaturesOnCase(caseId);
		events.publishEvent(AuditEvent.success("ACCOUNTABILITY_EXPORTED", "CASE", caseId, file.number()));
		return excel("accountability-" + file.number() + ".xlsx",
				workbook.write(signatures, Map.of(caseId, file), names(signatures)));
	}

	@GetMapping("/approvals/records/officers/{officerId}.xlsx")
	ResponseEntity<byte[]> officerRecordExport(@PathVariable long officerId,
			@AuthenticationPrincipal SignedInOfficer officer) throws IOException {
		OfficerSummary subject = visibleOfficer(officerId, officer);
		List<Signature> signatures = queries.allSignaturesBy(officerId);
		events.publishEvent(AuditEvent.success("ACCOUNTABILITY_EXPORTED", "OFFICER", officerId, subject.policeNumber()));
		return excel("accountability-" + subject.policeNumber() + ".xlsx",
				workbook.write(signatures, casesOf(signatures), names(signatures)));
	}

	private Map<Long, OfficerSummary> names(List<Signature> signatures) {
		return organization.officers(signatures.stream().map(Signature::getSignerId).collect(Collectors.toSet()));
	}

	private Map<Long, ApprovalCaseFiles.CaseFile> casesOf(List<Signature> signatures) {
		Map<Long, ApprovalCaseFiles.CaseFile> cases = new HashMap<>();
		Set<Long> ids = signatures.stream().map(Signature::getCaseId).collect(Collectors.toSet());
		ids.forEach(id -> files.find(id).ifPresent(file -> cases.put(id, file)));
		return cases;
	}

	private ApprovalCaseFiles.CaseFile visibleCase(long caseId, SignedInOfficer officer) {
		return files.find(caseId).filter(f -> officer.scope().includes(f.unitPath()))
			.orElseThrow(() -> new NotFoundException("case.notFound", caseId));
	}

	/** Officers see their own record; reviewers, legal staff and leaders those of officers in their scope. */
	private OfficerSummary visibleOfficer(long officerId, SignedInOfficer officer) {
		OfficerSummary subject = organization.officer(officerId)
			.filter(o -> officer.scope().includes(o.unitPath()) || o.id() == officer.officerId())
			.orElseThrow(() -> new NotFoundException("officer.notFound", officerId));
		if (subject.id() != officer.officerId() && !officer.hasAny(Role.REVIEWER, Role.LEGAL, Role.LEADER, Role.ADMIN)) {
			throw new ForbiddenException("approval.records.forbidden");
		}
		return subject;
	}

	private static ResponseEntity<byte[]> excel(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
