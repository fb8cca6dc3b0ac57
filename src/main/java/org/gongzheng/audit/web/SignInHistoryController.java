package org.gongzheng.audit.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzheng.audit.internal.SignInHistory;
import org.gongzheng.organization.SignedInOfficer;

/** Every officer sees their own recent sign-ins. */
@Controller
class SignInHistoryController {

	private final SignInHistory history;

	SignInHistoryController(SignInHistory history) {
		this.history = history;
	}

	@GetMapping("/account/sign-ins")
	String page(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("signIns", history.of(officer));
		model.addAttribute("shown", SignInHistory.SHOWN);
		return "audit/sign-ins";
	}
}
