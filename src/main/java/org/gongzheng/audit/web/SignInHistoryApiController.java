package org.gongzheng.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.audit.internal.SignInHistory;
import org.gongzheng.organization.SignedInOfficer;

/** Every officer reads their own recent sign-ins through the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization")
class SignInHistoryApiController {

	private final SignInHistory history;

	SignInHistoryApiController(SignInHistory history) {
		this.history = history;
	}

	@GetMapping("/me/sign-ins")
	@Operation(summary = "The signed-in officer's latest sign-ins and refused sign-in attempts, newest first",
			description = "Page sign-ins, and every refused attempt by the pages or the API (wrong password, paused, "
					+ "disabled), with the address it came from; at most " + SignInHistory.SHOWN + ". Successful API "
					+ "calls sign in on every request and are not listed.")
	List<SignInHistory.Entry> signIns(@AuthenticationPrincipal SignedInOfficer officer) {
		return history.of(officer);
	}
}
