package org.gongzheng.discretion.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.discretion.Discretion;
import org.gongzheng.discretion.Recommendation;
import org.gongzheng.discretion.ViolationView;
import org.gongzheng.discretion.internal.DiscretionStandard;
import org.gongzheng.discretion.internal.Library;
import org.gongzheng.discretion.internal.StandardVersionCommand;
import org.gongzheng.discretion.internal.Standards;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.time.DefaultZone;

/** The violation catalogue, the standards of each violation with their history, and their editing by LEGAL. */
@Controller
class DiscretionController {

	private static final Map<String, String> COMMAND_TO_FORM = Map.of("fineMinFen", "fineMin", "fineMaxFen", "fineMax",
			"detentionMinDays", "detentionMin", "detentionMaxDays", "detentionMax", "licenceMonthsMin", "monthsMin",
			"licenceMonthsMax", "monthsMax");

	private final Library library;

	private final Standards standards;

	private final Discretion discretion;

	private final Validator validator;

	private final Messages messages;

	private final Clock clock;

	private final DefaultZone zone;

	DiscretionController(Library library, Standards standards, Discretion discretion, Validator validator,
			Messages messages, Clock clock, DefaultZone zone) {
		this.library = library;
		this.standards = standards;
		this.discretion = discretion;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/discretion")
	String catalogue(Model model) {
		model.addAttribute("violations", library.violations());
		return "discretion/catalogue";
	}

	@GetMapping("/discretion/library")
	String statutes(Model model) {
		model.addAttribute("library", library.library());
		return "discretion/library";
	}

	@GetMapping("/discretion/rules")
	String rules(Model model) {
		model.addAttribute("rules", library.rules());
		return "discretion/rules";
	}

	@GetMapping("/discretion/violations/{code}")
	String violation(@PathVariable String code, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		ViolationView violation = discretion.violation(code)
			.orElseThrow(() -> new NotFoundException("discretion.violation.notFound", code));
		model.addAttribute("v", violation);
		model.addAttribute("history", standards.history(code));
		model.addAttribute("recommendation", inForce(code, officer));
		model.addAttribute("mayEdit", officer.has(Role.LEGAL));
		model.addAttribute("editable", standards.editableJurisdiction(officer));
		return "discretion/violation";
	}

	@GetMapping("/discretion/violations/{code}/standards/new")
	String editForm(@PathVariable String code, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		requireLegal(officer);
		Recommendation current = inForce(code, officer);
		if (current == null) {
			throw new NotFoundException("discretion.standard.none", code);
		}
		DiscretionStandard base = standards.standard(current.standardId());
		String jurisdiction = standards.editableJurisdiction(officer);
		int latest = standards.history(code).stream().filter(s -> s.getJurisdictionCode().equals(jurisdiction))
			.mapToInt(DiscretionStandard::getVersionNo).max().orElse(0);
		return page(code, StandardForm.from(base, latest, today()), officer, model);
	}

	@PostMapping("/discretion/violations/{code}/standards")
	String save(@PathVariable String code, @ModelAttribute("form") StandardForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireLegal(officer);
		List<Integer> rows = new ArrayList<>();
		StandardVersionCommand command = form.toCommand(result, rows);
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				DiscretionStandard saved = standards.newVersion(code, command, officer);
				redirect.addFlashAttribute("notice",
						messages.get("discretion.edit.saved", saved.getVersionNo(), saved.getEffectiveFrom()));
				return "redirect:/discretion/violations/" + code;
			}
			catch (InvalidInputException ex) {
				for (InvalidInputException.FieldProblem p : ex.fieldProblems()) {
					result.addError(new FieldError(result.getObjectName(), formField(p.field(), rows), null, false,
							new String[] { p.messageCode() }, p.arguments(), p.messageCode()));
				}
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return page(code, form, officer, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(code, form, officer, model);
	}

	/** grades[k].fineMaxFen of the command is grades[row of k].fineMax of the form. */
	static String formField(String field, List<Integer> rows) {
		if (!field.startsWith("grades[")) {
			return field;
		}
		int close = field.indexOf(']');
		if (close < 0) {
			return field;
		}
		int k = Integer.parseInt(field.substring(7, close));
		String rest = field.substring(close + 1);
		if (rest.startsWith(".")) {
			String name = rest.substring(1);
			rest = "." + COMMAND_TO_FORM.getOrDefault(name, name);
		}
		return "grades[" + (k < rows.size() ? rows.get(k) : k) + "]" + rest;
	}

	private String page(String code, StandardForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("v", discretion.violation(code)
			.orElseThrow(() -> new NotFoundException("discretion.violation.notFound", code)));
		model.addAttribute("form", form);
		model.addAttribute("allCircumstances", standards.circumstancesFor(code));
		model.addAttribute("jurisdiction", standards.editableJurisdiction(officer));
		model.addAttribute("licenceActions", org.gongzheng.discretion.LicenceAction.values());
		return "discretion/standard-form";
	}

	private Recommendation inForce(String code, SignedInOfficer officer) {
		try {
			return discretion.recommend(code, Set.of(), officer.unitId(), today());
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone.zoneId()));
	}

	private static void requireLegal(SignedInOfficer officer) {
		if (!officer.has(Role.LEGAL)) {
			throw new ForbiddenException("discretion.standard.forbidden");
		}
	}
}
