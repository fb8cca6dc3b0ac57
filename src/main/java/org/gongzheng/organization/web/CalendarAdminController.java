package org.gongzheng.organization.web;

import java.time.Clock;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.CalendarDay;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.CalendarDays;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.time.DefaultZone;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;

/** Administrators keep the working calendar that review periods in working days follow. */
@Controller
class CalendarAdminController {

	private final CalendarDays calendar;

	private final Validator validator;

	private final Messages messages;

	private final Clock clock;

	private final DefaultZone zone;

	CalendarAdminController(CalendarDays calendar, Validator validator, Messages messages, Clock clock, DefaultZone zone) {
		this.calendar = calendar;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/admin/calendar")
	String list(@RequestParam(required = false) Integer year, Model model) {
		return page(year == null ? LocalDate.now(clock.withZone(zone.zoneId())).getYear() : year, new CalendarDayForm(),
				model);
	}

	@PostMapping("/admin/calendar")
	String add(@ModelAttribute("form") CalendarDayForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer admin, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FormErrors.validate(validator, form.toCommand(), result);
		if (!result.hasErrors()) {
			try {
				CalendarDay day = calendar.add(form.toCommand(), admin);
				redirect.addFlashAttribute("notice", messages.get("calendar.added", day.day()));
				return "redirect:/admin/calendar?year=" + day.day().getYear();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return page(form.getDay().getYear(), form, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		int year = form.getDay() != null ? form.getDay().getYear() : LocalDate.now(clock.withZone(zone.zoneId())).getYear();
		return page(year, form, model);
	}

	@PostMapping("/admin/calendar/{day}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@AuthenticationPrincipal SignedInOfficer admin, RedirectAttributes redirect) {
		calendar.remove(day, admin);
		redirect.addFlashAttribute("notice", messages.get("calendar.removed", day));
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	private String page(int year, CalendarDayForm form, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("days", calendar.year(year));
		model.addAttribute("form", form);
		model.addAttribute("kinds", CalendarDay.Kind.values());
		return "admin/calendar";
	}
}
