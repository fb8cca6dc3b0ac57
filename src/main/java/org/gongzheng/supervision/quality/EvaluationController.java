package org.gongzheng.supervision.quality;

import java.time.YearMonth;

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

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;

/** Evaluation pages: the legal department's list, draw and scoring; everyone's "my case quality". */
@Controller
class EvaluationController {

	private final Evaluations evaluations;

	private final Months months;

	private final Organization organization;

	private final Messages messages;

	EvaluationController(Evaluations evaluations, Months months, Organization organization, Messages messages) {
		this.evaluations = evaluations;
		this.months = months;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/supervision/evaluations")
	String list(@RequestParam(required = false) String month, @RequestParam(required = false) String status,
			@RequestParam(required = false) Grade grade, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		YearMonth selected = months.parse("month", month, null);
		model.addAttribute("evaluations", evaluations.search(new EvaluationFilter(selected, status, grade, reason, unitId, q),
				Paging.of(page, 20), officer));
		model.addAttribute("month", selected == null ? "" : selected.toString());
		model.addAttribute("status", status);
		model.addAttribute("grade", grade);
		model.addAttribute("reason", reason);
		model.addAttribute("unitId", unitId);
		model.addAttribute("q", q);
		model.addAttribute("grades", Grade.values());
		model.addAttribute("statuses", java.util.List.of("PENDING", "SCORED"));
		model.addAttribute("reasons", java.util.List.of("SAMPLE", "ALERTS"));
		model.addAttribute("units", organization.unitsIn(officer.scope()));
		model.addAttribute("drawMonth", months.current().toString());
		return "supervision/evaluation-list";
	}

	@PostMapping("/supervision/evaluations/draw")
	String draw(@RequestParam(required = false) String month, @AuthenticationPrincipal SignedInOfficer officer,
			RedirectAttributes redirect) {
		YearMonth selected = months.parse("month", month, months.current());
		Evaluations.Draw draw = evaluations.draw(selected, officer);
		redirect.addFlashAttribute("notice", messages.get(draw.sampleAlreadyDrawn() ? "evaluation.draw.again" : "evaluation.draw.done",
				selected.toString(), draw.sampled(), draw.alerted()));
		return "redirect:/supervision/evaluations?month=" + selected;
	}

	@GetMapping("/supervision/evaluations/mine")
	String mine(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("evaluations", evaluations.mine(officer.officerId(), Paging.of(page, 20)));
		return "supervision/evaluation-mine";
	}

	// Numbers only, so that the draw's address asked for a page (Enter in the address bar) finds
	// no page here and leads to the list instead of "no such evaluation".
	@GetMapping("/supervision/evaluations/{id:[0-9]+}")
	String detail(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		Evaluations.Detail detail = evaluations.detail(id, officer);
		return page(detail, ScoreForm.of(detail), model);
	}

	@PostMapping("/supervision/evaluations/{id:[0-9]+}")
	String score(@PathVariable long id, @ModelAttribute("form") ScoreForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Evaluations.Detail detail = evaluations.detail(id, officer);
		if (!result.hasErrors()) {
			try {
				Evaluation scored = evaluations.score(id, form.getVersion(), form.scores(), form.getSummary(), officer);
				redirect.addFlashAttribute("notice", messages.get("evaluation.scored", scored.caseNumber(), scored.totalScore(),
						messages.get("enum.EvaluationGrade." + scored.grade())));
				return "redirect:/supervision/evaluations/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return page(detail, form, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(detail, form, model);
	}

	private String page(Evaluations.Detail detail, ScoreForm form, Model model) {
		model.addAttribute("d", detail);
		model.addAttribute("e", detail.evaluation());
		model.addAttribute("form", form);
		var ids = new java.util.HashSet<Long>();
		for (Long officerId : new Long[] { detail.evaluation().handlerId(), detail.evaluation().coHandlerId(),
				detail.evaluation().evaluatorId() }) {
			if (officerId != null) {
				ids.add(officerId);
			}
		}
		model.addAttribute("people", organization.officers(ids));
		return "supervision/evaluation-detail";
	}
}
