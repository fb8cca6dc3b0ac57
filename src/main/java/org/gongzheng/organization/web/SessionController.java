package org.gongzheng.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.AccountSessions;
import org.gongzheng.organization.internal.SessionOfficers;
import org.gongzheng.shared.web.Messages;

/** Every signed-in officer can end their sessions everywhere else from here, keeping this one. */
@Controller
class SessionController {

	private final AccountSessions accountSessions;

	private final SessionOfficers sessions;

	private final Messages messages;

	SessionController(AccountSessions accountSessions, SessionOfficers sessions, Messages messages) {
		this.accountSessions = accountSessions;
		this.sessions = sessions;
		this.messages = messages;
	}

	@GetMapping("/account/sessions")
	String page(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("lastEnded", accountSessions.lastEnded(officer).orElse(null));
		return "account/sessions";
	}

	@PostMapping("/account/sessions/end")
	String endOthers(@AuthenticationPrincipal SignedInOfficer officer, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		accountSessions.endOwn(officer);
		sessions.renew(officer, request, response);
		redirect.addFlashAttribute("notice", messages.get("account.sessions.ended"));
		return "redirect:/account/sessions";
	}
}
