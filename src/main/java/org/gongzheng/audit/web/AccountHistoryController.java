package org.gongzheng.audit.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzheng.audit.internal.AccountHistory;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.web.Paging;

/** Every officer sees their own recent sign-ins and the changes to their account. */
@Controller
class AccountHistoryController {

	private final AccountHistory history;

	AccountHistoryController(AccountHistory history) {
		this.history = history;
	}

	/** The two lists page on their own; each pager's link keeps the other list's page. */
	@GetMapping("/account/history")
	String page(@RequestParam(defaultValue = "0") int signInsPage, @RequestParam(defaultValue = "0") int changesPage,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		int signIns = Math.max(signInsPage, 0);
		int changes = Math.max(changesPage, 0);
		model.addAttribute("signIns", history.signIns(officer, Paging.of(signIns, AccountHistory.PAGE_SIZE)));
		model.addAttribute("changes", history.changes(officer, Paging.of(changes, AccountHistory.PAGE_SIZE)));
		model.addAttribute("signInsBase", "/account/history?changesPage=" + changes);
		model.addAttribute("changesBase", "/account/history?signInsPage=" + signIns);
		return "audit/account-history";
	}

	/**
	 * A warning on the officer's work page ({@code hx-get}) when attempts at their account were
	 * refused since their sign-in before; nothing otherwise.
	 */
	@GetMapping("/account/history/notice")
	String notice(@AuthenticationPrincipal SignedInOfficer officer, HttpSession session, Model model) {
		Long known = (Long) session.getAttribute(AccountHistory.SESSION_SIGN_IN);
		AccountHistory.RefusedSince refused = history.refusedSincePreviousSignIn(officer, known);
		if (known == null && refused.signIn() != 0) {
			// A session that began before its sign-in was kept there: its first notice tells.
			session.setAttribute(AccountHistory.SESSION_SIGN_IN, refused.signIn());
		}
		model.addAttribute("refused", refused);
		return "audit/refused-sign-ins :: notice";
	}
}
