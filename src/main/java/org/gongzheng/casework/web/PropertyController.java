package org.gongzheng.casework.web;

import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.format.annotation.DateTimeFormat;
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

import org.gongzheng.casework.internal.CaseAccess;
import org.gongzheng.casework.internal.Parties;
import org.gongzheng.casework.internal.SeizedProperties;
import org.gongzheng.casework.internal.SeizedProperty;
import org.gongzheng.casework.internal.SeizedPropertyCommand;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;

/** Seized property: recording a seizure, the custody register number, the disposal. */
@Controller
class PropertyController {

	private final CasePageAfterChange afterChange;

	private final SeizedProperties property;

	private final Parties parties;

	private final CaseAccess access;

	private final Validator validator;

	private final Formats formats;

	private final Messages messages;

	PropertyController(SeizedProperties property, Parties parties, CaseAccess access, Validator validator,
			Formats formats, Messages messages,
			CasePageAfterChange afterChange) {
		this.afterChange = afterChange;
		this.property = property;
		this.parties = parties;
		this.access = access;
		this.validator = validator;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/cases/{id}/property/new")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		access.forWorkForm(id, officer);
		return page(id, new PropertyForm(), officer, model);
	}

	@PostMapping("/cases/{id}/property")
	String seize(@PathVariable long id, @ModelAttribute("form") PropertyForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SeizedPropertyCommand command = null;
		try {
			command = form.toCommand(formats.zone());
		}
		catch (ArithmeticException ex) {
			// Yuan are rounded to the fen, so only a value beyond what fen can count gets here.
			result.rejectValue("estimatedValueYuan", "validation.tooLarge");
		}
		if (command != null) {
			FormErrors.validate(validator, command, result, PropertyForm::field);
		}
		if (!result.hasErrors()) {
			try {
				property.seize(id, command, officer);
				redirect.addFlashAttribute("notice", "property.seized");
				redirect.addFlashAttribute("noticeArgs", new Object[] { command.description() });
				return afterChange.redirect(id, "property", officer);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result, PropertyForm::field);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, form, officer, model);
	}

	@PostMapping("/cases/{id}/property/{propertyId}/register")
	String register(@PathVariable long id, @PathVariable long propertyId, @RequestParam long version,
			@RequestParam(required = false) String registerNumber, @AuthenticationPrincipal SignedInOfficer officer,
			RedirectAttributes redirect) {
		try {
			property.register(id, propertyId, version, registerNumber, officer);
			redirect.addFlashAttribute("notice", "property.registered");
			redirect.addFlashAttribute("noticeArgs", new Object[] { registerNumber });
		}
		catch (InvalidInputException ex) {
			return refused(id, PropertyProblem.of(propertyId, ex, messages, registerNumber), redirect);
		}
		return afterChange.redirect(id, "property", officer);
	}

	@PostMapping("/cases/{id}/property/{propertyId}/disposal")
	String dispose(@PathVariable long id, @PathVariable long propertyId, @RequestParam long version,
			@RequestParam(required = false) SeizedProperty.Disposal disposal,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime disposedAt,
			@RequestParam(required = false) String note, @AuthenticationPrincipal SignedInOfficer officer,
			RedirectAttributes redirect) {
		try {
			property.dispose(id, propertyId, version, disposal, formats.toInstant(disposedAt), note, officer);
			redirect.addFlashAttribute("notice", "property.disposed");
			redirect.addFlashAttribute("noticeArgs", new Object[0]);
		}
		catch (InvalidInputException ex) {
			return refused(id, PropertyProblem.of(propertyId, ex, messages, null), redirect);
		}
		return afterChange.redirect(id, "property", officer);
	}

	/**
	 * Back to the case page at the refused field itself: the browser scrolls to it and gives it the
	 * focus, where an anchor on the section would take the focus away again.
	 */
	private static String refused(long caseId, PropertyProblem problem, RedirectAttributes redirect) {
		redirect.addFlashAttribute("propertyProblem", problem);
		return "redirect:/cases/" + caseId + "#" + problem.fieldId();
	}

	private String page(long id, PropertyForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("c", access.visible(id, officer));
		model.addAttribute("form", form);
		model.addAttribute("categories", SeizedProperty.Category.values());
		model.addAttribute("kinds", SeizedProperty.Kind.values());
		model.addAttribute("parties", parties.of(id, officer));
		return "cases/property-form";
	}
}
