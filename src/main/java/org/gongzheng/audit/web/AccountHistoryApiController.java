package org.gongzheng.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.audit.internal.AccountHistory;
import org.gongzheng.organization.SignedInOfficer;

/** Every officer reads their own recent sign-ins and account changes through the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization")
class AccountHistoryApiController {

	private final AccountHistory history;

	AccountHistoryApiController(AccountHistory history) {
		this.history = history;
	}

	@GetMapping("/me/sign-ins")
	@Operation(summary = "The signed-in officer's latest sign-ins and refused sign-in attempts, newest first",
			description = "Page sign-ins, and every refused attempt by the pages or the API (wrong password, paused, "
					+ "disabled), with the address it came from; at most " + AccountHistory.SHOWN + ". Successful API "
					+ "calls sign in on every request and are not listed.")
	List<AccountHistory.SignIn> signIns(@AuthenticationPrincipal SignedInOfficer officer) {
		return history.signIns(officer);
	}

	@GetMapping("/me/account-changes")
	@Operation(summary = "The latest changes to the signed-in officer's account, newest first",
			description = "Password set or changed, roles changed, access tokens made or revoked, sessions ended, a "
					+ "sign-in pause lifted: each with the audit action, who did it (the officer or an administrator) "
					+ "and, for the officer's own changes, from where; at most " + AccountHistory.SHOWN + ".")
	List<AccountHistory.Change> accountChanges(@AuthenticationPrincipal SignedInOfficer officer) {
		return history.changes(officer);
	}
}
