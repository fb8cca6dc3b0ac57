package org.gongzheng.audit.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzheng.audit.internal.AccountHistory;
import org.gongzheng.organization.SignedInOfficer;

/** Every officer sees their own recent sign-ins and the changes to their account. */
@Controller
class AccountHistoryController {

	private final AccountHistory history;

	AccountHistoryController(AccountHistory history) {
		this.history = history;
	}

	@GetMapping("/account/history")
	String page(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("signIns", history.signIns(officer));
		model.addAttribute("changes", history.changes(officer));
		model.addAttribute("shown", AccountHistory.SHOWN);
		return "audit/account-history";
	}

	/**
	 * A warning on the officer's work page ({@code hx-get}) when attempts at their account were
	 * refused since their sign-in before; nothing otherwise.
	 */
	@GetMapping("/account/history/notice")
	String notice(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("refused", history.refusedSincePreviousSignIn(officer));
		return "audit/refused-sign-ins :: notice";
	}
}
