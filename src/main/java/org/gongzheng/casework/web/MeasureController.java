package org.gongzheng.casework.web;

import java.util.Arrays;
import java.util.function.Supplier;

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

import org.gongzheng.casework.internal.CaseAccess;
import org.gongzheng.casework.internal.CompulsoryMeasure;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.MeasureCommand;
import org.gongzheng.casework.internal.MeasureType;
import org.gongzheng.casework.internal.Measures;
import org.gongzheng.casework.internal.Parties;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;

@Controller
class MeasureController {

	private final CasePageAfterChange afterChange;

	private final Measures measures;

	private final Parties parties;

	private final CaseAccess access;

	private final Validator validator;

	private final Formats formats;

	private final Messages messages;

	MeasureController(Measures measures, Parties parties, CaseAccess access, Validator validator, Formats formats,
			CasePageAfterChange afterChange, Messages messages) {
		this.afterChange = afterChange;
		this.messages = messages;
		this.measures = measures;
		this.parties = parties;
		this.access = access;
		this.validator = validator;
		this.formats = formats;
	}

	@GetMapping("/cases/{id}/measures/new")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		access.forWorkForm(id, officer);
		return page(id, new MeasureForm(), officer, model);
	}

	@PostMapping("/cases/{id}/measures")
	String start(@PathVariable long id, @ModelAttribute("form") MeasureForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		MeasureCommand command = form.toCommand(formats.zone());
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				boolean pending = measures.start(id, command, officer).awaitingApproval();
				redirect.addFlashAttribute("notice", pending ? "approval.submittedNotice" : "measure.started");
				redirect.addFlashAttribute("noticeArgs", new Object[0]);
				return afterChange.redirect(id, "measures", officer);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				return refused(ex, model, response, () -> page(id, form, officer, model));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, form, officer, model);
	}

	@GetMapping("/cases/{id}/measures/{measureId}/end")
	String endForm(@PathVariable long id, @PathVariable long measureId, @AuthenticationPrincipal SignedInOfficer officer,
			Model model) {
		CompulsoryMeasure measure = find(id, measureId, officer);
		MeasureForm form = new MeasureForm();
		form.setVersion(measure.getVersion());
		return endPage(access.visible(id, officer), measure, form, model);
	}

	@PostMapping("/cases/{id}/measures/{measureId}/end")
	String end(@PathVariable long id, @PathVariable long measureId, @ModelAttribute("form") MeasureForm form,
			BindingResult result, @AuthenticationPrincipal SignedInOfficer officer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form.getVersion() == null) {
			result.rejectValue("version", "validation.required");
		}
		if (!result.hasErrors()) {
			try {
				boolean pending = measures.end(id, measureId, form.getVersion(), formats.toInstant(form.getEndedAt()),
						form.getReason(), officer).awaitingApproval();
				redirect.addFlashAttribute("notice", pending ? "approval.submittedNotice" : "measure.ended");
				redirect.addFlashAttribute("noticeArgs", new Object[0]);
				return afterChange.redirect(id, "measures", officer);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				return refused(ex, model, response,
						() -> endPage(access.visible(id, officer), find(id, measureId, officer), form, model));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return endPage(access.visible(id, officer), find(id, measureId, officer), form, model);
	}

	@PostMapping("/cases/{id}/measures/{measureId}/arrest-request")
	String arrestRequest(@PathVariable long id, @PathVariable long measureId, @RequestParam long version,
			@AuthenticationPrincipal SignedInOfficer officer, RedirectAttributes redirect) {
		boolean pending = measures.arrestRequestSubmitted(id, measureId, version, null, officer).awaitingApproval();
		redirect.addFlashAttribute("notice", pending ? "approval.submittedNotice" : "measure.arrestRequestRecorded");
		redirect.addFlashAttribute("noticeArgs", new Object[0]);
		return afterChange.redirect(id, "measures", officer);
	}

	/**
	 * A refusal as things stand (a request already waiting, nothing for signers to read) is said
	 * above the form, which keeps what was typed, rather than on an error page.
	 */
	private String refused(ConflictException ex, Model model, HttpServletResponse response, Supplier<String> form) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("refusal", messages.of(ex));
		return form.get();
	}

	private CompulsoryMeasure find(long id, long measureId, SignedInOfficer officer) {
		return measures.of(id, officer).stream().filter(m -> m.getId() == measureId).findFirst()
			.orElseThrow(() -> new NotFoundException("measure.notFound", measureId));
	}

	private String page(long id, MeasureForm form, SignedInOfficer officer, Model model) {
		LawCase lawCase = access.visible(id, officer);
		model.addAttribute("c", lawCase);
		model.addAttribute("form", form);
		model.addAttribute("types", Arrays.stream(MeasureType.values()).filter(t -> t.appliesTo(lawCase.getType())).toList());
		model.addAttribute("parties", parties.of(id, officer));
		return "cases/measure-form";
	}

	private String endPage(LawCase lawCase, CompulsoryMeasure measure, MeasureForm form, Model model) {
		model.addAttribute("c", lawCase);
		model.addAttribute("m", measure);
		model.addAttribute("form", form);
		return "cases/measure-end";
	}
}
