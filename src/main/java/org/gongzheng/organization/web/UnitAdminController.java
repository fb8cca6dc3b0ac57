package org.gongzheng.organization.web;

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

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.internal.OrganizationAdministration;
import org.gongzheng.organization.internal.Unit;
import org.gongzheng.organization.internal.UnitCommand;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;

/** Administrators maintain the unit tree of their own bureau. */
@Controller
class UnitAdminController {

	private final OrganizationAdministration administration;

	private final Organization organization;

	private final Validator validator;

	private final Messages messages;

	UnitAdminController(OrganizationAdministration administration, Organization organization, Validator validator,
			Messages messages) {
		this.administration = administration;
		this.organization = organization;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/admin/units")
	String list(@AuthenticationPrincipal SignedInOfficer admin, Model model) {
		model.addAttribute("units", administration.allUnits(admin.scope()));
		return "admin/units";
	}

	@GetMapping("/admin/units/new")
	String newForm(@RequestParam long parentId, @AuthenticationPrincipal SignedInOfficer admin, Model model) {
		Unit parent = administration.unit(admin.scope(), parentId);
		UnitForm form = new UnitForm();
		form.setParentId(parentId);
		form.setZoneId(parent.getZoneId());
		form.setKind(parent.getKind().allowedChildren().stream().findFirst().orElse(null));
		return page(form, null, parent, model);
	}

	@PostMapping("/admin/units")
	String create(@ModelAttribute("form") UnitForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer admin, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		UnitCommand command = form.toCommand();
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				Unit unit = administration.createUnit(admin.scope(), command);
				redirect.addFlashAttribute("notice", messages.get("unit.saved", unit.getNameZh()));
				return "redirect:/admin/units";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		Unit parent = form.getParentId() == null ? null : administration.unit(admin.scope(), form.getParentId());
		return page(form, null, parent, model);
	}

	@GetMapping("/admin/units/{id}")
	String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer admin, Model model) {
		Unit unit = administration.unit(admin.scope(), id);
		return page(UnitForm.of(unit), unit, null, model);
	}

	@PostMapping("/admin/units/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer admin, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Unit unit = administration.unit(admin.scope(), id);
		form.setKind(unit.getKind());
		form.setParentId(unit.getParentId());
		UnitCommand command = form.toCommand();
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				administration.updateUnit(admin.scope(), id, form.getVersion() == null ? -1 : form.getVersion(), command);
				redirect.addFlashAttribute("notice", messages.get("unit.saved", command.nameZh()));
				return "redirect:/admin/units";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return page(form, unit, null, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(form, unit, null, model);
	}

	private String page(UnitForm form, Unit existing, Unit parent, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("parent", parent);
		model.addAttribute("kinds", parent == null ? UnitKind.values() : parent.getKind().allowedChildren().toArray());
		return "admin/unit-form";
	}
}
