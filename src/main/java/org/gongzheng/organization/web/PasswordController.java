package org.gongzheng.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.PasswordChanges;
import org.gongzheng.organization.internal.SessionOfficers;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;

/** Every signed-in officer changes their own password here. */
@Controller
class PasswordController {

	private static final String PAGE = "account/password";

	private final PasswordChanges passwords;

	private final SessionOfficers sessions;

	private final Messages messages;

	PasswordController(PasswordChanges passwords, SessionOfficers sessions, Messages messages) {
		this.passwords = passwords;
		this.sessions = sessions;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String form(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("form", new PasswordForm());
		passwords.expiredAfterDays(officer).ifPresent(days -> model.addAttribute("expiredAfterDays", days));
		return PAGE;
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			passwords.change(officer, form.getCurrentPassword(), form.getNewPassword(), form.getConfirmation(),
					request.getRemoteAddr());
			sessions.renew(officer, request, response);
			redirect.addFlashAttribute("notice", messages.get("account.password.changed"));
			return "redirect:/account/password";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			// Passwords are never sent back into the page.
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setConfirmation(null);
			return PAGE;
		}
	}
}
