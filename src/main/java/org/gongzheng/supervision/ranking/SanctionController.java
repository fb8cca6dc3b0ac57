package org.gongzheng.supervision.ranking;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;

/**
 * The legal department's sanctions page: officers whose approval rights are suspended (by the
 * three-strikes rule or otherwise) with a restore form, the sanction history, and yellow cards
 * with a lift form. The organization admin pages offer no restore, so this is where it happens.
 */
@Controller
class SanctionController {

	private final Sanctions sanctions;

	private final RankingQueries queries;

	private final Organization organization;

	private final Messages messages;

	SanctionController(Sanctions sanctions, RankingQueries queries, Organization organization, Messages messages) {
		this.sanctions = sanctions;
		this.queries = queries;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/supervision/sanctions")
	String page(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		Sanctions.requireLegal(officer);
		return render(officer, model);
	}

	@PostMapping("/supervision/sanctions/officers/{officerId}/restore")
	String restore(@PathVariable long officerId, @RequestParam long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			sanctions.restore(officerId, version, reason, officer);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("restoreError", officerId);
			model.addAttribute("restoreMessage", messages.get(ex.fieldProblems().get(0).messageCode(),
					ex.fieldProblems().get(0).arguments()));
			return render(officer, model);
		}
		redirect.addFlashAttribute("notice", messages.get("sanction.restored",
				organization.officer(officerId).map(OfficerSummary::label).orElse("")));
		return "redirect:/supervision/sanctions";
	}

	@PostMapping("/supervision/yellow-cards/{cardId}/lift")
	String lift(@PathVariable long cardId, @RequestParam long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			sanctions.lift(cardId, version, reason, officer);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("liftError", cardId);
			model.addAttribute("liftMessage", messages.get(ex.fieldProblems().get(0).messageCode(),
					ex.fieldProblems().get(0).arguments()));
			return render(officer, model);
		}
		redirect.addFlashAttribute("notice", messages.get("yellowCard.lifted"));
		return "redirect:/supervision/sanctions";
	}

	private String render(SignedInOfficer officer, Model model) {
		Map<Long, Long> versions = queries.suspendedOfficers(officer.bureauPath());
		List<OfficerSummary> suspended = organization.officers(List.copyOf(versions.keySet())).values()
			.stream().sorted(java.util.Comparator.comparing(OfficerSummary::policeNumber)).toList();
		model.addAttribute("suspended", suspended);
		model.addAttribute("versions", versions);
		model.addAttribute("history", queries.sanctions(officer.bureauPath(), null));
		model.addAttribute("cards", queries.yellowCards(officer.bureauPath(), false));
		return "supervision/ranking-sanctions";
	}
}
