package org.gongzheng.supervision.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Problems;

/** The rule catalogue: the legal department switches rules on and off and tunes their thresholds. */
@Controller
class RuleController {

	private static final Pattern PARAMETER_FIELD = Pattern.compile("params\\['?([^']*)'?\\]");

	private final Rules rules;

	private final ObjectMapper json;

	private final Messages messages;

	RuleController(Rules rules, ObjectMapper json, Messages messages) {
		this.rules = rules;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/supervision/rules")
	@PreAuthorize("hasAnyRole('LEGAL', 'LEADER')")
	String list(Model model) {
		model.addAttribute("rules", rules.all());
		return "supervision/rules";
	}

	@GetMapping("/supervision/rules/{code}")
	@PreAuthorize("hasRole('LEGAL')")
	String edit(@PathVariable String code, Model model) {
		Rule rule = rules.get(code);
		return page(rule, RuleForm.of(rule, rules::toJson), Map.of(), model);
	}

	@PostMapping("/supervision/rules/{code}")
	@PreAuthorize("hasRole('LEGAL')")
	String save(@PathVariable String code, @ModelAttribute("form") RuleForm form, BindingResult binding,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws BindException {
		Rule rule = rules.get(code);
		Map<String, String> problems = new LinkedHashMap<>(Problems.of(binding, messages, field -> shownAs(code, field)));
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (ParameterSpec spec : ParameterSpecs.of(code)) {
			String text = form.getParams().getOrDefault(spec.name(), "");
			if (!spec.structured()) {
				parameters.put(spec.name(), text);
				continue;
			}
			try {
				parameters.put(spec.name(), json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
				}));
			}
			catch (JacksonException ex) {
				problems.putIfAbsent("parameters." + spec.name(), messages.get("supervision.rule.param.json"));
			}
		}
		Severity severity = null;
		try {
			severity = form.getSeverity() == null ? null : Severity.valueOf(form.getSeverity());
		}
		catch (IllegalArgumentException ex) {
			problems.putIfAbsent("severity", messages.get("validation.choice"));
		}
		Integer days = null;
		if (form.getRectificationDays() != null && form.getRectificationDays().strip().matches("\\d{1,6}")) {
			days = Integer.valueOf(form.getRectificationDays().strip());
		}
		else {
			problems.putIfAbsent("rectificationDays", messages.get("supervision.rule.days.range"));
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("nulRefused", Problems.refusedNul(binding));
			return page(rule, form, problems, model);
		}
		try {
			rules.update(code, new RuleEdit(form.isEnabled(), severity, days, parameters, form.getVersion()), officer);
			redirect.addFlashAttribute("notice", messages.get("supervision.rule.saved", rule.name(
					org.springframework.context.i18n.LocaleContextHolder.getLocale())));
			return "redirect:/supervision/rules";
		}
		catch (InvalidInputException ex) {
			Problems.of(ex, messages).forEach(problems::putIfAbsent);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(rule, form, problems, model);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refusal", messages.of(ex));
			return page(rule, form, problems, model);
		}
	}

	/**
	 * Where the page shows a field's error: a parameter's input is named {@code params[name]} and its
	 * error shows as {@code parameters.name}; the version and the checkbox have no place.
	 */
	private static String shownAs(String code, String field) {
		if (field.equals("severity") || field.equals("rectificationDays")) {
			return field;
		}
		Matcher parameter = PARAMETER_FIELD.matcher(field);
		return parameter.matches() && ParameterSpecs.of(code).stream().anyMatch(s -> s.name().equals(parameter.group(1)))
				? "parameters." + parameter.group(1) : null;
	}

	private String page(Rule rule, RuleForm form, Map<String, String> problems, Model model) {
		model.addAttribute("rule", rule);
		model.addAttribute("form", form);
		model.addAttribute("specs", ParameterSpecs.of(rule.code()));
		model.addAttribute("severities", Severity.values());
		model.addAttribute("problems", problems);
		return "supervision/rule-form";
	}
}
