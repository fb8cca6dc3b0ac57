package org.gongzheng.casework.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.DecisionKind;
import org.gongzheng.casework.internal.CaseDetail;
import org.gongzheng.casework.internal.CaseQueries;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.TransitionCommand;
import org.gongzheng.casework.internal.TransitionOutcome;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;

/** One form per transition, each refusing clearly when the case moved on meanwhile. */
@Controller
class TransitionController {

	private final CaseQueries queries;

	private final CaseWork work;

	private final HandlerChoices handlers;

	private final Validator validator;

	private final Formats formats;

	private final Messages messages;

	TransitionController(CaseQueries queries, CaseWork work, HandlerChoices handlers, Validator validator,
			Formats formats, Messages messages) {
		this.queries = queries;
		this.work = work;
		this.handlers = handlers;
		this.validator = validator;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/cases/{id}/transitions/{transition}")
	String form(@PathVariable long id, @PathVariable CaseTransition transition,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		CaseDetail detail = queries.detail(id, officer);
		if (!transition.allowedFrom(detail.lawCase().getState())) {
			throw new ConflictException("case.transition.notAllowed", Label.of(transition),
					Label.of(detail.lawCase().getState()));
		}
		if (!detail.availableTransitions().contains(transition)) {
			throw new ForbiddenException("case.transition.forbidden");
		}
		TransitionForm form = new TransitionForm();
		form.setVersion(detail.lawCase().getVersion());
		form.setHandlerId(detail.lawCase().getHandlerId() != null ? detail.lawCase().getHandlerId() : officer.officerId());
		return page(detail.lawCase(), transition, form, officer, model);
	}

	@PostMapping("/cases/{id}/transitions/{transition}")
	String submit(@PathVariable long id, @PathVariable CaseTransition transition,
			@ModelAttribute("form") TransitionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (form.getHandler() != null) {
			form.setHandlerId(handlers.fromForm(officer, form.getHandler(), "handler", result));
		}
		if (form.getCoHandler() != null) {
			form.setCoHandlerId(handlers.fromForm(officer, form.getCoHandler(), "coHandler", result));
		}
		TransitionCommand command = form.toCommand(transition, formats.zone());
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				TransitionOutcome outcome = work.transition(id, command, officer);
				redirect.addFlashAttribute("notice", outcome.awaitingApproval() ? "case.submittedForApproval" : "case.transitioned");
				redirect.addFlashAttribute("noticeArgs", new Object[] { messages.get("enum.CaseTransition." + transition) });
				return "redirect:/cases/" + outcome.lawCase().getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return page(queries.detail(id, officer).lawCase(), transition, form, officer, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(queries.detail(id, officer).lawCase(), transition, form, officer, model);
	}

	private String page(LawCase lawCase, CaseTransition transition, TransitionForm form, SignedInOfficer officer,
			Model model) {
		model.addAttribute("c", lawCase);
		model.addAttribute("transition", transition);
		model.addAttribute("form", form);
		model.addAttribute("needsReason", transition.requires(CaseTransition.Requirement.REASON));
		model.addAttribute("needsHandlers", transition.requires(CaseTransition.Requirement.HANDLERS));
		model.addAttribute("needsDecision", transition.requires(CaseTransition.Requirement.DECISION));
		// Ending a case cannot be undone, but asking for approval to end it can be withdrawn; the
		// confirmation says which of the two the officer is about to do.
		boolean waitsForApproval = work.waitsForApproval(lawCase, transition);
		model.addAttribute("waitsForApproval", waitsForApproval);
		// Signers must open every material submitted, so a request with none is refused; say so
		// before the officer fills in the form rather than after.
		model.addAttribute("nothingToRead", waitsForApproval && !queries.hasMaterialToRead(lawCase.getId()));
		model.addAttribute("decisionKinds",
				Arrays.stream(DecisionKind.values()).filter(k -> k.appliesTo(lawCase.getType()))
					.filter(k -> k != DecisionKind.ADMINISTRATIVE_PENALTY).toList());
		if (transition.requires(CaseTransition.Requirement.HANDLERS)) {
			Optional<List<OfficerSummary>> choices = handlers.choices(officer);
			if (choices.isEmpty()) {
				if (form.getHandler() == null) {
					form.setHandler(handlers.shown(form.getHandlerId()).orElse(""));
					form.setCoHandler(handlers.shown(form.getCoHandlerId()).orElse(""));
				}
				model.addAttribute("handlerChosen", handlers.named(officer, form.getHandler()).orElse(null));
				model.addAttribute("coHandlerChosen", handlers.named(officer, form.getCoHandler()).orElse(null));
			}
			model.addAttribute("officers", choices.orElse(null));
		}
		return "cases/transition";
	}
}
