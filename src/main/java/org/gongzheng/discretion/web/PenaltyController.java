package org.gongzheng.discretion.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.discretion.Discretion;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.Recommendation;
import org.gongzheng.discretion.ViolationDomain;
import org.gongzheng.discretion.ViolationView;
import org.gongzheng.discretion.internal.Library;
import org.gongzheng.discretion.internal.PenaltyDecision;
import org.gongzheng.discretion.internal.PenaltyDecisions;
import org.gongzheng.discretion.internal.PenaltyStatus;
import org.gongzheng.discretion.internal.ProposalCommand;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;

/**
 * Ordinary-procedure penalty decisions: the handler picks the violation and ticks circumstances,
 * sees the grade, range and citations, proposes; the approval module's pages take it from there.
 */
@Controller
class PenaltyController {

	private final PenaltyDecisions decisions;

	private final Discretion discretion;

	private final Library library;

	private final Organization organization;

	private final Validator validator;

	private final Messages messages;

	PenaltyController(PenaltyDecisions decisions, Discretion discretion, Library library,
			Organization organization, Validator validator, Messages messages) {
		this.decisions = decisions;
		this.discretion = discretion;
		this.library = library;
		this.organization = organization;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/cases/{caseId}/penalty")
	String form(@PathVariable long caseId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		CaseFacts facts = decisions.decidableCase(caseId, officer);
		PenaltyForm form = new PenaltyForm();
		List<CaseFacts.PartyFact> parties = PenaltyDecisions.punishable(facts);
		if (parties.size() == 1) {
			form.setPartyId(parties.get(0).id());
		}
		return page(facts, form, officer, model);
	}

	@GetMapping("/cases/{caseId}/penalty/recommendation")
	String recommendation(@PathVariable long caseId, @ModelAttribute("form") PenaltyForm form, BindingResult ignored,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		addRecommendation(caseId, form, officer, model);
		return "discretion/penalty-form :: recommendation";
	}

	@PostMapping("/cases/{caseId}/penalty")
	String propose(@PathVariable long caseId, @ModelAttribute("form") PenaltyForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CaseFacts facts = decisions.decidableCase(caseId, officer);
		ProposalCommand command = form.toCommand(result);
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				PenaltyDecision decision = decisions.propose(caseId, command, officer);
				redirect.addFlashAttribute("notice", decision.getStatus() == PenaltyStatus.ISSUED
						? messages.get("penalty.issued", decision.getDocumentNumber())
						: messages.get("penalty.submitted", messages.get("enum.ApprovalAction." + decision.getApprovalAction())));
				return "redirect:/penalty-decisions/" + decision.getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return page(facts, form, officer, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(facts, form, officer, model);
	}

	@GetMapping("/penalty-decisions")
	String list(@RequestParam(required = false) PenaltyStatus status, @RequestParam(required = false) Boolean outOfRange,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("decisions", decisions.search(status, outOfRange, Paging.of(page, 20), officer));
		model.addAttribute("statuses", PenaltyStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("outOfRange", outOfRange);
		return "discretion/penalty-list";
	}

	@GetMapping("/penalty-decisions/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		PenaltyDecision decision = decisions.visible(id, officer);
		model.addAttribute("p", decision);
		model.addAttribute("recommendation", decisions.recommendationOf(decision));
		model.addAttribute("rules", library.rules().stream()
			.filter(r -> decision.reviewRuleCodes().contains(r.code())).toList());
		model.addAttribute("people", organization.officers(
				java.util.stream.Stream.of(decision.getProposedBy(), decision.getReviewedBy())
					.filter(java.util.Objects::nonNull).toList()));
		return "discretion/penalty-detail";
	}

	private String page(CaseFacts facts, PenaltyForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("c", facts);
		model.addAttribute("form", form);
		model.addAttribute("parties", PenaltyDecisions.punishable(facts));
		List<ViolationView> violations = new java.util.ArrayList<>(discretion.violations(ViolationDomain.PUBLIC_ORDER));
		violations.addAll(discretion.violations(ViolationDomain.TRAFFIC));
		model.addAttribute("violations", violations);
		model.addAttribute("licenceActions", LicenceAction.values());
		model.addAttribute("earlier", decisions.ofCase(facts.id(), officer));
		addRecommendation(facts.id(), form, officer, model);
		return "discretion/penalty-form";
	}

	private void addRecommendation(long caseId, PenaltyForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("ticked", form.getCircumstances() == null ? Set.of() : form.getCircumstances());
		if (form.getViolationCode() == null || form.getViolationCode().isBlank()) {
			return;
		}
		try {
			Recommendation recommendation = decisions.recommend(caseId, form.getViolationCode(), form.getCircumstances(),
					officer);
			model.addAttribute("recommendation", recommendation);
		}
		catch (InvalidInputException ex) {
			if (ex.fieldProblems().stream().anyMatch(p -> "circumstances".equals(p.field()))) {
				form.getCircumstances().clear();
				addRecommendation(caseId, form, officer, model);
			}
		}
	}
}
