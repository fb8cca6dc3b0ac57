package org.gongzheng.organization.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.internal.ApiTokens;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;

/**
 * Every signed-in officer makes and revokes their own access tokens here. A token just made is
 * shown once, on the page the form redirects to (so that reloading it makes no second token),
 * handed over as a flash attribute that the next request uses up; it is never shown again.
 */
@Controller
class TokenController {

	private static final String PAGE = "account/tokens";

	private final ApiTokens tokens;

	private final Messages messages;

	TokenController(ApiTokens tokens, Messages messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping("/account/tokens")
	String list(@AuthenticationPrincipal SignedInOfficer officer, Model model, HttpServletResponse response) {
		if (model.containsAttribute("created")) {
			// The page shows the token this once; no cache may keep it.
			response.setHeader("Cache-Control", "no-store");
		}
		return page(new TokenForm(), officer, model);
	}

	@PostMapping("/account/tokens")
	String create(@ModelAttribute("form") TokenForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("created", tokens.create(officer, form.getName(), form.getValidDays()));
				return "redirect:/account/tokens";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(form, officer, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, RedirectAttributes redirect) {
		tokens.revoke(officer, id);
		redirect.addFlashAttribute("notice", messages.get("apiToken.revoked"));
		return "redirect:/account/tokens";
	}

	private String page(TokenForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("tokens", tokens.of(officer));
		return PAGE;
	}
}
