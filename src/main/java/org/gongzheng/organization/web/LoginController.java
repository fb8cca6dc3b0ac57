package org.gongzheng.organization.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzheng.organization.SignedInOfficer;

@Controller
class LoginController {

	/** Someone already signed in (a bookmark, the back button) goes to their work instead of a second sign-in. */
	@GetMapping("/login")
	String login(@AuthenticationPrincipal SignedInOfficer officer) {
		return officer != null ? "redirect:/" : "login";
	}
}
