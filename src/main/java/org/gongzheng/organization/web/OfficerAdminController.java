package org.gongzheng.organization.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.data.domain.Page;
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
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.organization.internal.Account;
import org.gongzheng.organization.internal.AccountCommand;
import org.gongzheng.organization.internal.Officer;
import org.gongzheng.organization.internal.OfficerCommand;
import org.gongzheng.organization.internal.OfficerTokens;
import org.gongzheng.organization.internal.OrganizationAdministration;
import org.gongzheng.organization.internal.PasswordAge;
import org.gongzheng.organization.internal.SignInPauses;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;

/** Administrators maintain officers, their qualification and their accounts. */
@Controller
class OfficerAdminController {

	private final OrganizationAdministration administration;

	private final Organization organization;

	private final SignInPauses pauses;

	private final OfficerTokens tokens;

	private final PasswordAge passwordAge;

	private final Validator validator;

	private final Messages messages;

	OfficerAdminController(OrganizationAdministration administration, Organization organization, SignInPauses pauses,
			OfficerTokens tokens, PasswordAge passwordAge, Validator validator, Messages messages) {
		this.administration = administration;
		this.organization = organization;
		this.pauses = pauses;
		this.tokens = tokens;
		this.passwordAge = passwordAge;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/admin/officers")
	String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInOfficer admin, Model model) {
		Page<Officer> officers = administration.searchOfficers(admin.scope(), unitId, q, Paging.of(page, 25));
		model.addAttribute("officers", officers);
		model.addAttribute("units", organization.unitsIn(admin.scope()));
		model.addAttribute("unitId", unitId);
		model.addAttribute("q", q);
		model.addAttribute("base", UriComponentsBuilder.fromPath("/admin/officers").queryParamIfPresent("unitId",
				java.util.Optional.ofNullable(unitId)).queryParamIfPresent("q",
						java.util.Optional.ofNullable(q).filter(s -> !s.isBlank())).encode().build().toUriString());
		model.addAttribute("unitNames", organization.units(officers.map(Officer::getUnitId).toSet()));
		return "admin/officers";
	}

	@GetMapping("/admin/officers/new")
	String newForm(@AuthenticationPrincipal SignedInOfficer admin, Model model) {
		OfficerForm form = new OfficerForm();
		form.setUnitId(admin.unitId());
		return page(form, null, admin, model);
	}

	@PostMapping("/admin/officers")
	String create(@ModelAttribute("form") OfficerForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer admin, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OfficerCommand command = form.toCommand();
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				Officer officer = administration.createOfficer(admin.scope(), command);
				redirect.addFlashAttribute("notice", messages.get("officer.saved", officer.getName()));
				return "redirect:/admin/officers/" + officer.getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(form, null, admin, model);
	}

	@GetMapping("/admin/officers/{id}")
	String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer admin, Model model) {
		Officer officer = administration.officer(admin.scope(), id);
		return page(OfficerForm.of(officer), officer, admin, model);
	}

	@PostMapping("/admin/officers/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") OfficerForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer admin, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Officer officer = administration.officer(admin.scope(), id);
		OfficerCommand command = form.toCommand();
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				administration.updateOfficer(admin.scope(), id, form.getVersion() == null ? -1 : form.getVersion(), command);
				redirect.addFlashAttribute("notice", messages.get("officer.saved", command.name()));
				return "redirect:/admin/officers/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return page(form, officer, admin, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(form, officer, admin, model);
	}

	@PostMapping("/admin/officers/{id}/account")
	String openAccount(@PathVariable long id, @ModelAttribute("form") OfficerForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer admin, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Officer officer = administration.officer(admin.scope(), id);
		AccountCommand command = new AccountCommand(form.getUsername(), form.getPassword(),
				form.getRoles() == null ? Set.of() : form.getRoles());
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				administration.openAccount(admin.scope(), id, command);
				redirect.addFlashAttribute("notice", messages.get("account.opened", command.username()));
				return "redirect:/admin/officers/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		form.fillFrom(officer);
		model.addAttribute("accountErrors", true);
		return page(form, officer, admin, model);
	}

	@PostMapping("/admin/officers/{id}/account/roles")
	String changeAccount(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "false") boolean enabled,
			@AuthenticationPrincipal SignedInOfficer admin, RedirectAttributes redirect) {
		try {
			administration.changeAccount(admin.scope(), id, version, roles, enabled);
			redirect.addFlashAttribute("notice", messages.get("account.saved"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", ex instanceof InvalidInputException invalid
					? messages.of(invalid.fieldProblems().get(0)) : messages.of(ex));
		}
		return "redirect:/admin/officers/" + id;
	}

	@PostMapping("/admin/officers/{id}/account/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
			@AuthenticationPrincipal SignedInOfficer admin, RedirectAttributes redirect) {
		try {
			administration.resetPassword(admin.scope(), id, password);
			redirect.addFlashAttribute("notice", messages.get("account.passwordReset"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", messages.of(ex.fieldProblems().get(0)));
		}
		return "redirect:/admin/officers/" + id;
	}

	private String page(OfficerForm form, Officer existing, SignedInOfficer admin, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		Account account = existing == null ? null : administration.accountOf(existing.getId()).orElse(null);
		model.addAttribute("account", account);
		model.addAttribute("passwordExpired", account != null && passwordAge.expired(account.getPasswordChangedAt()));
		// The officer was found in the administrator's scope already; their account need not be again.
		model.addAttribute("pauses", account == null ? List.of() : pauses.of(account));
		model.addAttribute("tokens", account == null ? List.of() : tokens.of(account));
		List<UnitSummary> units = organization.unitsIn(admin.scope());
		model.addAttribute("units", units);
		model.addAttribute("levels", QualificationLevel.values());
		model.addAttribute("allRoles", Role.values());
		// Offered only where the administration would accept it; one already held stays open to be taken away.
		model.addAttribute("legalRoleOpen", existing != null
				&& units.stream().anyMatch(u -> u.id() == existing.getUnitId() && u.legalAffairs()));
		return "admin/officer-form";
	}
}
