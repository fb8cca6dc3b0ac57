package org.gongzheng.supervision.fault;

import jakarta.servlet.http.HttpServletResponse;

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

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;
import org.gongzheng.supervision.quality.Months;

/** Fault accountability pages for the legal department. */
@Controller
class FaultController {

	private final Faults faults;

	private final Months months;

	private final Messages messages;

	FaultController(Faults faults, Months months, Messages messages) {
		this.faults = faults;
		this.months = months;
		this.messages = messages;
	}

	@GetMapping("/supervision/faults")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("faults", faults.search(status, kind, q, Paging.of(page, 20), officer));
		model.addAttribute("status", status);
		model.addAttribute("kind", kind);
		model.addAttribute("q", q);
		model.addAttribute("kinds", faults.kinds());
		return "supervision/fault-list";
	}

	@GetMapping("/supervision/faults/new")
	String form(@RequestParam(required = false) Long caseId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		Faults.requireLegal(officer);
		FaultForm form = new FaultForm();
		form.setCaseId(caseId == null ? null : faults.caseNumberOf(caseId, officer).orElse(caseId.toString()));
		form.setFoundOn(months.today());
		return newPage(form, model);
	}

	@PostMapping("/supervision/faults")
	String record(@ModelAttribute("form") FaultForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Faults.requireLegal(officer);
		Long caseId = faults.caseOf(form.getCaseId(), officer).orElse(null);
		if (caseId == null && form.getCaseId() != null && !form.getCaseId().isBlank()) {
			// Named beside the field with the rest, not as a page of its own that loses what was typed.
			result.rejectValue("caseId", "fault.case.unknown", new Object[] { form.getCaseId().strip() }, null);
			faults.problems(form.toCommand(null)).stream()
				.filter(p -> !p.field().equals("caseId") && !result.hasFieldErrors(p.field()))
				.forEach(p -> result.rejectValue(p.field(), p.messageCode(), p.arguments(), null));
		}
		if (!result.hasErrors()) {
			try {
				Fault fault = faults.record(form.toCommand(caseId), officer);
				redirect.addFlashAttribute("notice", messages.get("fault.recorded", fault.caseNumber(), fault.people().size()));
				return "redirect:/supervision/faults/" + fault.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return newPage(form, model);
	}

	@GetMapping("/supervision/faults/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		Fault fault = faults.visible(id, officer);
		return detailPage(fault, FaultForm.of(fault), officer, model);
	}

	@PostMapping("/supervision/faults/{id}/decision")
	String decide(@PathVariable long id, @ModelAttribute("form") FaultForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Fault fault = faults.visible(id, officer);
		if (!result.hasErrors()) {
			try {
				faults.decide(id, form.getVersion(), form.decisions(), officer);
				redirect.addFlashAttribute("notice", messages.get("fault.decided", fault.caseNumber()));
				return "redirect:/supervision/faults/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return detailPage(fault, form, officer, model);
			}
			catch (ForbiddenException ex) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				model.addAttribute("refusal", messages.of(ex));
				return detailPage(fault, form, officer, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return detailPage(fault, form, officer, model);
	}

	private String newPage(FaultForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", faults.kinds());
		return "supervision/fault-new";
	}

	private String detailPage(Fault fault, FaultForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("f", fault);
		model.addAttribute("ownFault", Faults.proposedFor(fault, officer));
		model.addAttribute("form", form);
		model.addAttribute("kinds", faults.kinds());
		model.addAttribute("outcomes", faults.outcomes());
		model.addAttribute("responsibilityKinds", java.util.List.of("DIRECT", "PRIMARY", "SECONDARY", "LEADERSHIP"));
		return "supervision/fault-detail";
	}
}
