package org.gongzheng.document.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.casework.Cases;
import org.gongzheng.casework.SeizedPropertyFact;
import org.gongzheng.document.DocumentType;
import org.gongzheng.document.internal.DocumentService;
import org.gongzheng.document.internal.LegalDocument;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.PrintableText;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;

/** Legal documents: list, read, download as PDF, issue by hand from a case, correct. */
@Controller
class DocumentController {

	private final DocumentService documents;

	private final Cases cases;

	private final Organization organization;

	private final Messages messages;

	private final DocumentPdfs pdfs;

	DocumentController(DocumentService documents, Cases cases, Organization organization, Messages messages,
			DocumentPdfs pdfs) {
		this.documents = documents;
		this.pdfs = pdfs;
		this.cases = cases;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/documents")
	String list(@RequestParam(required = false) DocumentType type, @RequestParam(required = false) String number,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("documents", documents.search(type, number, Paging.of(page, 20), officer));
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("type", type);
		model.addAttribute("number", number);
		return "document/list";
	}

	@GetMapping("/documents/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		LegalDocument document = documents.visible(id, officer);
		model.addAttribute("doc", document);
		model.addAttribute("correctedBy", documents.correctionOf(id).orElse(null));
		model.addAttribute("issuer", organization.officer(document.getIssuedBy()).orElse(null));
		model.addAttribute("mayCorrect", document.getType().manual() && document.getCaseId() != null);
		List<String> unprintable = documents.unprintable(document).stream()
			.map(character -> Character.toString(character) + " " + PrintableText.named(character)).toList();
		model.addAttribute("unprintable", unprintable.isEmpty() ? null : messages.get("document.unprintable", unprintable));
		// The case is named by its number, as officers know it, not by the database id.
		model.addAttribute("caseNumber", document.getCaseId() == null ? null
				: cases.facts(document.getCaseId()).map(CaseFacts::caseNumber).orElse(null));
		return "document/detail";
	}

	@GetMapping("/documents/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, HttpMethod method) {
		return pdfs.pdf(id, officer, method, ContentDisposition.inline());
	}

	@GetMapping("/cases/{caseId}/documents")
	String ofCase(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		CaseFacts facts = cases.visibleFacts(caseId, officer);
		model.addAttribute("c", facts);
		model.addAttribute("documents", documents.ofCase(caseId, officer));
		// Only what the case's state allows is offered; the rest is named with the reason, before anyone types.
		List<HandIssueOption> options = new ArrayList<>();
		documents.handIssuable(facts).forEach((type, refusal) -> options.add(new HandIssueOption(type,
				refusal.map(messages::of).orElse(null))));
		model.addAttribute("options", options);
		return "document/case";
	}

	@GetMapping("/cases/{caseId}/documents/new")
	String form(@PathVariable long caseId, @RequestParam DocumentType type,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		CaseFacts facts = cases.visibleFacts(caseId, officer);
		Map<String, String> values = new LinkedHashMap<>();
		type.inputs().forEach(key -> values.put(key, ""));
		defaults(type, facts, values);
		if (type == DocumentType.SEIZURE_DECISION) {
			values.put("items", seizedItems(cases.seizedProperty(caseId)));
		}
		// Said before anything is typed: the form is still shown, so what the document asks for can be seen.
		documents.refusal(type, facts).ifPresent(refusal -> model.addAttribute("refusal", messages.of(refusal)));
		return page(facts, type, values, model);
	}

	@PostMapping("/cases/{caseId}/documents/new")
	String issue(@PathVariable long caseId, @RequestParam DocumentType type, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> values = inputs(type, params);
		try {
			LegalDocument document = documents.issueByHand(type, caseId, values, officer);
			redirect.addFlashAttribute("notice", messages.get("document.issued",
					messages.get("enum.DocumentType." + type), document.getNumber() == null ? "" : document.getNumber()));
			return "redirect:/documents/" + document.getId();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> problems = problems(ex);
			// The rule the case's state breaks is no field of the form: it heads the page instead.
			String refusal = problems.remove(DocumentService.RULE_FIELD);
			model.addAttribute("refusal", refusal);
			model.addAttribute("problems", problems.isEmpty() ? null : problems);
		}
		return page(cases.visibleFacts(caseId, officer), type, values, model);
	}

	@GetMapping("/documents/{id}/correct")
	String correctForm(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		LegalDocument original = documents.visible(id, officer);
		model.addAttribute("doc", original);
		model.addAttribute("values", documents.fields(original));
		model.addAttribute("reason", "");
		return "document/correct";
	}

	@PostMapping("/documents/{id}/correct")
	String correct(@PathVariable long id, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		LegalDocument original = documents.visible(id, officer);
		Map<String, String> values = inputs(original.getType(), params);
		String reason = params.getOrDefault("reason", "");
		try {
			LegalDocument corrected = documents.correct(id, values, reason, officer);
			redirect.addFlashAttribute("notice", messages.get("document.issued",
					messages.get("enum.DocumentType." + corrected.getType()),
					corrected.getNumber() == null ? "" : corrected.getNumber()));
			return "redirect:/documents/" + corrected.getId();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", problems(ex));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refusal", messages.of(ex));
		}
		model.addAttribute("doc", original);
		model.addAttribute("values", values);
		model.addAttribute("reason", reason);
		return "document/correct";
	}

	private String page(CaseFacts facts, DocumentType type, Map<String, String> values, Model model) {
		model.addAttribute("c", facts);
		model.addAttribute("type", type);
		model.addAttribute("values", values);
		return "document/new";
	}

	/** Suggestions from the case: the reporter or the offender as recipient, the usual legal bases. */
	private static void defaults(DocumentType type, CaseFacts facts, Map<String, String> values) {
		List<CaseFacts.PartyFact> parties = facts.parties();
		String offender = parties.stream().filter(p -> "OFFENDER".equals(p.role()) || "SUSPECT".equals(p.role()))
			.map(CaseFacts.PartyFact::name).findFirst().orElse("");
		String reporter = parties.stream().filter(p -> "REPORTER".equals(p.role()) || "VICTIM".equals(p.role()))
			.map(CaseFacts.PartyFact::name).findFirst().orElse("");
		switch (type) {
			case ACCEPTANCE_RECEIPT, NON_FILING_NOTICE -> values.put("recipient", reporter);
			case PENALTY_NOTICE_RECORD -> {
				values.put("recipient", offender);
				values.put("hearingRights", "如拟作出的处罚属于依法可以要求听证的情形，你有权在被告知后三日内提出听证要求。");
			}
			case SEIZURE_DECISION -> values.put("recipient", offender);
			default -> {
			}
		}
	}

	/** The items the case records as seized (扣押) and still held, one per line, as a start for the document's list. */
	private static String seizedItems(List<SeizedPropertyFact> property) {
		return property.stream().filter(p -> p.seizure() && p.disposedAt() == null)
			.map(p -> p.description() + " " + p.quantity() + p.unitOfMeasure())
			.collect(Collectors.joining("\n"));
	}

	private static Map<String, String> inputs(DocumentType type, Map<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		type.inputs().forEach(key -> values.put(key, params.getOrDefault(key, "")));
		return values;
	}

	private Map<String, String> problems(InvalidInputException ex) {
		Map<String, String> problems = new LinkedHashMap<>();
		ex.fieldProblems().forEach(p -> problems.merge(p.field(), messages.get(p.messageCode(), p.arguments()),
				(a, b) -> a + messages.get("punct.semicolon") + b));
		return problems;
	}
}
