package org.gongzheng.approval.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.internal.ApprovalChain;
import org.gongzheng.approval.internal.ApprovalQueries;
import org.gongzheng.approval.internal.ChainAdministration;
import org.gongzheng.approval.internal.ChainEdit;
import org.gongzheng.approval.internal.ChainHistory;
import org.gongzheng.approval.internal.ChainStaffing;
import org.gongzheng.approval.internal.LinkSpec;
import org.gongzheng.approval.internal.ProposedLinks;
import org.gongzheng.approval.internal.ReviewUnit;
import org.gongzheng.approval.internal.UnitLevel;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;

/** The legal department and administrators view and edit approval chains; each edit is a new version. */
@Controller
@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN')")
class ChainController {

	private static final int SPARE_ROWS = 2;

	private static final int VERSIONS_PER_PAGE = 20;

	/** A bureau short of people at many units reads the first ones here and the whole list in the API. */
	private static final int GAPS_SHOWN = 30;

	private final ApprovalQueries queries;

	private final ChainAdministration administration;

	private final ChainHistory history;

	private final ChainStaffing staffing;

	private final Validator validator;

	private final Messages messages;

	ChainController(ApprovalQueries queries, ChainAdministration administration, ChainHistory history,
			ChainStaffing staffing, Validator validator, Messages messages) {
		this.queries = queries;
		this.administration = administration;
		this.history = history;
		this.staffing = staffing;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/approvals/chains")
	String chains(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		List<ApprovalChain> chains = queries.activeChains(officer);
		model.addAttribute("chains", chains);
		model.addAttribute("staffing", staffing.gaps(chains, officer));
		model.addAttribute("actions", ApprovalAction.values());
		return "approval/chains";
	}

	/**
	 * The chains in force that some unit handling cases could not staff, as a fragment for the "my
	 * work" page ({@code hx-get}), so that the legal department learns of a gap (a chief suspended, a
	 * reviewer moved) from the page it starts on, before a request stalls there.
	 */
	@GetMapping("/approvals/chains/staffing-notice")
	String staffingNotice(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("shortfalls", staffing.shortfalls(queries.activeChains(officer), officer));
		return "approval/chain-staffing-notice :: notice";
	}

	@GetMapping("/approvals/chains/{action}")
	String edit(@PathVariable ApprovalAction action, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		ChainHistory.HistoryPage shown = history.page(action, officer, versionsPage(page));
		ApprovalChain inForce = shown.inForce().orElse(null);
		return page(action, ChainForm.of(inForce, SPARE_ROWS), shown, officer, model);
	}

	/** One version as it was written: its links, who wrote it and why, and what it changed. */
	@GetMapping("/approvals/chain-versions/{chainId}")
	String version(@PathVariable long chainId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		ChainHistory.Version version = history.version(chainId, officer);
		model.addAttribute("action", version.chain().getAction());
		model.addAttribute("v", version);
		return "approval/chain-version";
	}

	@PostMapping("/approvals/chains/{action}")
	String save(@PathVariable ApprovalAction action, @ModelAttribute("form") ChainForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ChainEdit edit = form.toEdit();
		FormErrors.validate(validator, edit, result, form::formField);
		checkLinksBeside(edit.links(), result, form, officer);
		if (!result.hasErrors()) {
			try {
				ApprovalChain saved = administration.edit(action, form.getVersion(), edit, officer);
				redirect.addFlashAttribute("notice", messages.get("approval.chain.saved", saved.getChainVersion()));
				return "redirect:/approvals/chains/" + action;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result, form::formField);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return page(action, form, officer, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(action, form, officer, model);
	}

	/**
	 * Which stations and squadrons could not staff the links as typed, shown beside the form without
	 * saving anything; links an edit would refuse are refused here the same way.
	 */
	@PostMapping("/approvals/chains/{action}/staffing-check")
	String checkStaffing(@PathVariable ApprovalAction action, @ModelAttribute("form") ChainForm form,
			BindingResult result, @AuthenticationPrincipal SignedInOfficer officer, Model model,
			HttpServletResponse response) {
		List<LinkSpec> links = form.toEdit().links();
		FormErrors.validate(validator, new ProposedLinks(links), result, form::formField);
		checkLinksBeside(links, result, form, officer);
		ChainHistory.HistoryPage shown = history.page(action, officer, versionsPage(0));
		if (!result.hasErrors()) {
			try {
				ChainStaffing.Preview preview = staffing.check(links, shown.inForce(), officer);
				model.addAttribute("previewGaps", shown(preview.proposed()));
				model.addAttribute("previewMore", Math.max(0, preview.proposed().size() - GAPS_SHOWN));
				return page(action, form, shown, preview.inForce(), model);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result, form::formField);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(action, form, shown, officer, model);
	}

	/**
	 * Where the form already has field errors, the links' roles and levels are checked as well, so
	 * one submission shows every problem instead of the rest after the first are fixed. A form
	 * without errors gets the same check from the edit or the staffing check itself.
	 */
	private void checkLinksBeside(List<LinkSpec> links, BindingResult result, ChainForm form, SignedInOfficer officer) {
		if (!result.hasErrors()) {
			return;
		}
		try {
			administration.checkLinks(links, officer);
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result, form::formField);
		}
	}

	/**
	 * The bureau gives up its own version and follows the provincial default again, saying why. A
	 * missing or overlong reason shows the page again with the problem under the reason, and with
	 * the version the officer asked to retire: were it replaced by the version now in force, a
	 * second click would retire one they never saw.
	 */
	@PostMapping("/approvals/chains/{action}/follow-default")
	String followDefault(@PathVariable ApprovalAction action, @RequestParam int version,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInOfficer officer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ApprovalChain provincial = administration.followDefault(action, version, reason, officer);
			redirect.addFlashAttribute("notice",
					messages.get("approval.chain.defaultRestored", provincial.getChainVersion()));
			return "redirect:/approvals/chains/" + action;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("followVersion", version);
			model.addAttribute("followReason", reason);
			model.addAttribute("followProblem", messages.of(ex.fieldProblems().get(0)));
			ChainHistory.HistoryPage shown = history.page(action, officer, versionsPage(0));
			return page(action, ChainForm.of(shown.inForce().orElse(null), SPARE_ROWS), shown, officer, model);
		}
	}

	private String page(ApprovalAction action, ChainForm form, SignedInOfficer officer, Model model) {
		return page(action, form, history.page(action, officer, versionsPage(0)), officer, model);
	}

	private static List<ChainStaffing.Gap> shown(List<ChainStaffing.Gap> gaps) {
		return gaps.subList(0, Math.min(gaps.size(), GAPS_SHOWN));
	}

	private static PageRequest versionsPage(int page) {
		return Paging.of(page, VERSIONS_PER_PAGE);
	}

	private String page(ApprovalAction action, ChainForm form, ChainHistory.HistoryPage shown, SignedInOfficer officer,
			Model model) {
		List<ChainStaffing.Gap> gaps = shown.inForce().map(chain -> staffing.gaps(chain, officer)).orElse(List.of());
		return page(action, form, shown, gaps, model);
	}

	private String page(ApprovalAction action, ChainForm form, ChainHistory.HistoryPage shown,
			List<ChainStaffing.Gap> gaps, Model model) {
		ApprovalChain inForce = shown.inForce().orElse(null);
		model.addAttribute("action", action);
		model.addAttribute("inForce", inForce);
		model.addAttribute("staffingGaps", shown(gaps));
		model.addAttribute("staffingMore", Math.max(0, gaps.size() - GAPS_SHOWN));
		model.addAttribute("form", form);
		model.addAttribute("versions", shown.versions());
		model.addAttribute("roles", List.of(Role.REVIEWER, Role.LEGAL, Role.LEADER));
		model.addAttribute("levels", UnitLevel.values());
		model.addAttribute("qualifications", QualificationLevel.values());
		model.addAttribute("reviewUnits", ReviewUnit.values());
		return "approval/chain-form";
	}
}
