package org.gongzheng.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.AccountSessions;
import org.gongzheng.organization.internal.OfficerTokens;
import org.gongzheng.organization.internal.SessionOfficers;
import org.gongzheng.organization.internal.SignInPauses;
import org.gongzheng.shared.web.Messages;

/**
 * What an administrator does for an officer whose account may be in the wrong hands or locked
 * out, short of resetting the password: lift a sign-in pause, revoke the access tokens, end the
 * sessions. Each acts at once and is audited; the officer's page shows the result.
 */
@Controller
class OfficerAccountSafetyController {

	private final SignInPauses pauses;

	private final OfficerTokens tokens;

	private final AccountSessions accountSessions;

	private final SessionOfficers sessions;

	private final Messages messages;

	OfficerAccountSafetyController(SignInPauses pauses, OfficerTokens tokens, AccountSessions accountSessions,
			SessionOfficers sessions, Messages messages) {
		this.pauses = pauses;
		this.tokens = tokens;
		this.accountSessions = accountSessions;
		this.sessions = sessions;
		this.messages = messages;
	}

	@PostMapping("/admin/officers/{id}/account/sign-in-pauses/lift")
	String liftSignInPauses(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer admin,
			RedirectAttributes redirect) {
		pauses.lift(admin.scope(), id);
		redirect.addFlashAttribute("notice", messages.get("account.signInPause.lifted"));
		return "redirect:/admin/officers/" + id;
	}

	@PostMapping("/admin/officers/{id}/account/tokens/revoke")
	String revokeTokens(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer admin,
			RedirectAttributes redirect) {
		tokens.revokeAll(admin.scope(), id);
		redirect.addFlashAttribute("notice", messages.get("apiToken.revokedAll"));
		return "redirect:/admin/officers/" + id;
	}

	@PostMapping("/admin/officers/{id}/account/sessions/end")
	String endSessions(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer admin, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		accountSessions.endAll(admin.scope(), id);
		if (id == admin.officerId()) {
			// An administrator ending their own sessions keeps the one they are working in.
			sessions.renew(admin, request, response);
		}
		redirect.addFlashAttribute("notice", messages.get("account.sessions.admin.ended"));
		return "redirect:/admin/officers/" + id;
	}
}
