package org.gongzheng.casework.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.internal.CaseQueries;
import org.gongzheng.organization.SignedInOfficer;

/** My work 待办: the start page after sign-in. */
@Controller
class WorkController {

	private final CaseQueries queries;

	private final Approvals approvals;

	WorkController(CaseQueries queries, Approvals approvals) {
		this.queries = queries;
		this.approvals = approvals;
	}

	/** The most items the returned and stale cards show, as the card of requests to sign does. */
	private static final int CARD_ITEMS = 10;

	@GetMapping("/")
	String home() {
		return "redirect:/work";
	}

	@GetMapping("/work")
	String work(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("work", queries.myWork(officer));
		model.addAttribute("toSign", approvals.waitingFor(officer));
		// A card shows the first few; the queue's own pages list the rest.
		model.addAttribute("returned", approvals.returnedTo(officer, CARD_ITEMS));
		model.addAttribute("stale", approvals.staleFor(officer, CARD_ITEMS));
		return "work";
	}
}
