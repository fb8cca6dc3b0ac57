package org.gongzheng.casework.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.casework.internal.CaseAccess;
import org.gongzheng.casework.internal.Parties;
import org.gongzheng.casework.internal.PartyCommand;
import org.gongzheng.casework.internal.PartyKind;
import org.gongzheng.casework.internal.PartyRole;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;

@Controller
class PartyController {

	private final CasePageAfterChange afterChange;

	private final Parties parties;

	private final CaseAccess access;

	private final Validator validator;

	PartyController(Parties parties, CaseAccess access, Validator validator,
			CasePageAfterChange afterChange) {
		this.afterChange = afterChange;
		this.parties = parties;
		this.access = access;
		this.validator = validator;
	}

	@GetMapping("/cases/{id}/parties/new")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		access.forWorkForm(id, officer);
		return page(id, new PartyForm(), officer, model);
	}

	@PostMapping("/cases/{id}/parties")
	String add(@PathVariable long id, @ModelAttribute("form") PartyForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PartyCommand command = form.toCommand();
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				parties.add(id, command, officer);
				redirect.addFlashAttribute("notice", "party.added");
				redirect.addFlashAttribute("noticeArgs", new Object[] { command.name() });
				return afterChange.redirect(id, "parties", officer);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, form, officer, model);
	}

	/** The htmx fragment with a party's personal data in full; every call is audited. */
	@GetMapping("/cases/{id}/parties/{partyId}/personal-data")
	String personalData(@PathVariable long id, @PathVariable long partyId,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("p", parties.reveal(id, partyId, officer));
		return "cases/party-personal";
	}

	private String page(long id, PartyForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("c", access.visible(id, officer));
		model.addAttribute("form", form);
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("roles", PartyRole.values());
		return "cases/party-form";
	}
}
