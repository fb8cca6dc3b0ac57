package org.gongzheng.traffic.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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

import org.gongzheng.discretion.Discretion;
import org.gongzheng.discretion.Recommendation;
import org.gongzheng.discretion.ViolationDomain;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.identity.TypedNumbers;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;
import org.gongzheng.traffic.internal.BodycamClips;
import org.gongzheng.traffic.internal.OnSiteCommand;
import org.gongzheng.traffic.internal.OnSiteDecisions;
import org.gongzheng.traffic.internal.PlateType;
import org.gongzheng.traffic.internal.ScoringCycle;

/** The on-site decision on a phone: fill in, check against the standard, issue, open the PDF. */
@Controller
class OnSiteController {

	private final OnSiteDecisions decisions;

	private final BodycamClips clips;

	private final Discretion discretion;

	private final Validator validator;

	private final Formats formats;

	private final Messages messages;

	private final Clock clock;

	OnSiteController(OnSiteDecisions decisions, BodycamClips clips, Discretion discretion, Validator validator, Formats formats,
			Messages messages, Clock clock) {
		this.decisions = decisions;
		this.clips = clips;
		this.discretion = discretion;
		this.validator = validator;
		this.formats = formats;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/traffic/onsite")
	String list(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Boolean outOfRange,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("decisions", decisions.search(mine, outOfRange, Paging.of(page, 20), officer));
		model.addAttribute("mine", mine);
		model.addAttribute("outOfRange", outOfRange);
		model.addAttribute("mayIssue", decisions.mayIssue(officer));
		return "traffic/onsite-list";
	}

	@GetMapping("/traffic/onsite/new")
	String form(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		OnSiteForm form = new OnSiteForm();
		form.setOccurredAt(LocalDateTime.ofInstant(clock.instant(), formats.zone()).truncatedTo(ChronoUnit.MINUTES));
		return page(form, officer, model);
	}

	/** The recommendation for the code and circumstances chosen so far (htmx fragment). */
	@GetMapping("/traffic/onsite/recommendation")
	String recommendation(@ModelAttribute("form") OnSiteForm form, BindingResult ignored,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		addRecommendation(form, officer, model);
		return "traffic/onsite-form :: recommendation";
	}

	@PostMapping("/traffic/onsite")
	String issue(@ModelAttribute("form") OnSiteForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OnSiteCommand command = form.toCommand(formats.zone(), result);
		FormErrors.validate(validator, command, result);
		if (result.hasErrors() && decisions.mayIssue(officer)) {
			// Everything at once: at the roadside a second round of corrections costs the driver's time too.
			List<InvalidInputException.FieldProblem> beside = decisions.problemsBeside(command, officer).stream()
				.filter(p -> !result.hasFieldErrors(p.field()))
				.toList();
			FormErrors.apply(new InvalidInputException(beside), result);
		}
		if (!result.hasErrors()) {
			try {
				OnSiteDecisions.Result issued = decisions.issue(command, officer);
				redirect.addFlashAttribute("notice", "traffic.issued");
				return "redirect:/traffic/onsite/" + issued.decision().getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return page(form, officer, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(form, officer, model);
	}

	@GetMapping("/traffic/onsite/{id}")
	String result(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		OnSiteDecisions.Result result = decisions.result(id, officer);
		model.addAttribute("r", result);
		model.addAttribute("d", result.decision());
		model.addAttribute("full", result.cycleTotal() >= ScoringCycle.FULL_SCORE);
		model.addAttribute("clipRegistered", clips.covers(result.decision().getBodycamClip(),
				result.decision().getOccurredAt()));
		model.addAttribute("violation", discretion.violation(result.decision().getViolationCode()).orElse(null));
		return "traffic/onsite-result";
	}

	@GetMapping("/traffic/points")
	String points(@RequestParam(required = false) String licence, @AuthenticationPrincipal SignedInOfficer officer,
			Model model) {
		model.addAttribute("licence", licence);
		if (licence != null && !licence.isBlank()) {
			try {
				OnSiteDecisions.Result result = decisions.pointsOf(licence, LocalDate.now(clock.withZone(formats.zone())),
						formats.zone());
				model.addAttribute("r", result);
				model.addAttribute("records", decisions.records(TypedNumbers.code(licence), result.cycle(),
						formats.zone()));
			}
			catch (InvalidInputException ex) {
				model.addAttribute("refusal", messages.get("traffic.licence.invalid"));
			}
		}
		return "traffic/points";
	}

	private String page(OnSiteForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("violations", discretion.violations(ViolationDomain.TRAFFIC));
		model.addAttribute("plateTypes", PlateType.values());
		model.addAttribute("mayIssue", decisions.mayIssue(officer));
		addRecommendation(form, officer, model);
		return "traffic/onsite-form";
	}

	private void addRecommendation(OnSiteForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("ticked", form.getCircumstances() == null ? Set.of() : form.getCircumstances());
		if (form.getViolationCode() == null || form.getViolationCode().isBlank()) {
			return;
		}
		try {
			Recommendation recommendation = decisions.recommend(form.getViolationCode(), form.getCircumstances(),
					form.getOccurredAt() == null ? null : form.getOccurredAt().atZone(formats.zone()).toInstant(), officer);
			model.addAttribute("recommendation", recommendation);
		}
		catch (InvalidInputException ex) {
			// An unknown code or circumstance: the form shows the field's problem when submitted.
			if (ex.fieldProblems().stream().anyMatch(p -> "circumstances".equals(p.field()))) {
				form.getCircumstances().clear();
				addRecommendation(form, officer, model);
			}
		}
	}
}
