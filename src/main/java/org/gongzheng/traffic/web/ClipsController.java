package org.gongzheng.traffic.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Paging;
import org.gongzheng.traffic.internal.BodycamClips;
import org.gongzheng.traffic.internal.ClipCommand;

/** The clip register: clips read off the camera docks, listed and registered one at a time. */
@Controller
class ClipsController {

	private final BodycamClips clips;

	private final Validator validator;

	private final Formats formats;

	ClipsController(BodycamClips clips, Validator validator, Formats formats) {
		this.clips = clips;
		this.validator = validator;
		this.formats = formats;
	}

	@GetMapping("/traffic/clips")
	String list(@RequestParam(required = false) String device,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		return page(new ClipForm(), device, day, page, officer, model);
	}

	@PostMapping("/traffic/clips")
	String register(@ModelAttribute("form") ClipForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ClipCommand command = form.toCommand(formats.zone());
		FormErrors.validate(validator, command, result);
		int status = HttpServletResponse.SC_BAD_REQUEST;
		if (!result.hasErrors()) {
			try {
				clips.register(command, officer);
				redirect.addFlashAttribute("notice", "traffic.clip.registered");
				return "redirect:/traffic/clips";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				// A duplicate is the start time of a clip already on record: say so next to the start.
				result.rejectValue("recordedFrom", ex.messageCode(), ex.arguments(), null);
				status = HttpServletResponse.SC_CONFLICT;
			}
		}
		response.setStatus(status);
		return page(form, null, null, 0, officer, model);
	}

	private String page(ClipForm form, String device, LocalDate day, int page, SignedInOfficer officer, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("device", device);
		model.addAttribute("day", day);
		model.addAttribute("mayRegister", clips.mayRegister(officer));
		model.addAttribute("clips", clips.search(device, day, formats.zone(), Paging.of(page, 20),
				officer));
		return "traffic/clips";
	}
}
