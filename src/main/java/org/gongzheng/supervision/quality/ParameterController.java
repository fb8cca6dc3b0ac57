package org.gongzheng.supervision.quality;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;

/** The evaluation, ranking and sanction parameters: readable by LEGAL and leaders, edited by LEGAL. */
@Controller
class ParameterController {

	private final EvaluationParameters parameters;

	private final Messages messages;

	ParameterController(EvaluationParameters parameters, Messages messages) {
		this.parameters = parameters;
		this.messages = messages;
	}

	@GetMapping("/supervision/evaluation-parameters")
	String page(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		requireReader(officer);
		model.addAttribute("parameters", parameters.all());
		return "supervision/evaluation-parameters";
	}

	@PostMapping("/supervision/evaluation-parameters/{code}")
	String change(@PathVariable String code, @RequestParam(required = false) String value, @RequestParam long version,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			parameters.change(code, parse(value), version, officer);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errorCode", code);
			model.addAttribute("errorMessage", messages.get(ex.fieldProblems().get(0).messageCode(),
					ex.fieldProblems().get(0).arguments()));
			model.addAttribute("parameters", parameters.all());
			return "supervision/evaluation-parameters";
		}
		redirect.addFlashAttribute("notice", messages.get("evaluation.parameter.changed", code));
		return "redirect:/supervision/evaluation-parameters";
	}

	private static Integer parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("value", "evaluation.parameter.range", EvaluationParameters.MAX_VALUE);
		}
	}

	static void requireReader(SignedInOfficer officer) {
		if (!officer.hasAny(Role.LEGAL, Role.LEADER, Role.ADMIN)) {
			throw new ForbiddenException("evaluation.legalOnly");
		}
	}
}
