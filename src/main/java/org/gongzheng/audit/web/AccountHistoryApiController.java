package org.gongzheng.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.audit.internal.AccountHistory;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

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
	@Operation(summary = "The signed-in officer's sign-ins and refused sign-in attempts, newest first",
			description = "Page sign-ins, and every refused attempt by the pages or the API (wrong password, paused, "
					+ "disabled), with the address it came from. Successful API calls sign in on every request and "
					+ "are not listed. Paged; size at most 100.")
	PageDto<AccountHistory.SignIn> signIns(@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "" + AccountHistory.PAGE_SIZE) @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(history.signIns(officer, Paging.within(page, size, 100)), s -> s);
	}

	@GetMapping("/me/account-changes")
	@Operation(summary = "The changes to the signed-in officer's account, newest first",
			description = "Password set or changed, roles changed, access tokens made or revoked, sessions ended, a "
					+ "sign-in pause lifted: each with the audit action, who did it (the officer or an administrator) "
					+ "and, for the officer's own changes, from where. Paged; size at most 100.")
	PageDto<AccountHistory.Change> accountChanges(@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "" + AccountHistory.PAGE_SIZE) @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(history.changes(officer, Paging.within(page, size, 100)), c -> c);
	}
}
