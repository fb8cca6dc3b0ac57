package org.gongzheng.casework.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.casework.internal.CaseAccess;
import org.gongzheng.casework.internal.CaseDeadline;
import org.gongzheng.casework.internal.Deadlines;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.Messages;

/** Extending a statutory deadline within what its rule allows. */
@Controller
class DeadlineController {

	private final Deadlines deadlines;

	private final CaseAccess access;

	private final Messages messages;

	private final Clock clock;

	private final CasePageAfterChange afterChange;

	DeadlineController(Deadlines deadlines, CaseAccess access, Messages messages, Clock clock,
			CasePageAfterChange afterChange) {
		this.afterChange = afterChange;
		this.deadlines = deadlines;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}/deadlines/{deadlineId}/extend")
	String form(@PathVariable long id, @PathVariable long deadlineId, @AuthenticationPrincipal SignedInOfficer officer,
			Model model) {
		LawCase lawCase = access.visible(id, officer);
		return page(lawCase, find(lawCase, deadlineId), 1, false, null, null, model);
	}

	@PostMapping("/cases/{id}/deadlines/{deadlineId}/extend")
	String extend(@PathVariable long id, @PathVariable long deadlineId, @RequestParam long version,
			@RequestParam(defaultValue = "0") int amount, @RequestParam(defaultValue = "false") boolean serious,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInOfficer officer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		LawCase lawCase = access.visible(id, officer);
		try {
			boolean pending = deadlines.extend(lawCase, deadlineId, version, amount, serious, reason, officer)
				.awaitingApproval();
			redirect.addFlashAttribute("notice", pending ? "approval.submittedNotice" : "deadline.extended");
			redirect.addFlashAttribute("noticeArgs", new Object[0]);
			return afterChange.redirect(id, "deadlines", officer);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			InvalidInputException.FieldProblem problem = ex.fieldProblems().get(0);
			// A problem with the reason stands under the reason; one with the amount or the kind of
			// extension above the form, which shows those only when they apply.
			model.addAttribute("problemField", problem.field());
			return page(lawCase, find(lawCase, deadlineId), amount, serious, reason,
					messages.get(problem.messageCode(), problem.arguments()), model);
		}
		catch (ConflictException ex) {
			// Refused as things stand (a request already waiting, nothing to read): said above the
			// form, which keeps what was typed.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(lawCase, find(lawCase, deadlineId), amount, serious, reason, messages.of(ex), model);
		}
	}

	private CaseDeadline find(LawCase lawCase, long deadlineId) {
		return deadlines.of(lawCase.getId()).stream().filter(d -> d.getId() == deadlineId).findFirst()
			.orElseThrow(() -> new NotFoundException("deadline.notFound", deadlineId));
	}

	private String page(LawCase lawCase, CaseDeadline deadline, int amount, boolean serious, String reason,
			String problem, Model model) {
		model.addAttribute("c", lawCase);
		model.addAttribute("dl", deadline);
		model.addAttribute("amount", amount);
		model.addAttribute("serious", serious);
		model.addAttribute("reason", reason);
		model.addAttribute("problem", problem);
		model.addAttribute("rule", deadlines.rule(deadline.getRuleCode()));
		model.addAttribute("now", clock.instant());
		return "cases/deadline-extend";
	}
}
