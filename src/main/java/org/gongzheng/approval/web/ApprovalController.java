package org.gongzheng.approval.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.internal.ApprovalQueries;
import org.gongzheng.approval.internal.ApprovalRequest;
import org.gongzheng.approval.internal.QueueGroup;
import org.gongzheng.approval.internal.UnitLevel;
import org.gongzheng.organization.ApprovalRights;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.error.DomainException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.NavigationItem;
import org.gongzheng.shared.web.Paging;

/** The reviewer's queue 待审 and the request page where a signer reads and signs. */
@Controller
class ApprovalController {

	/** How many of each list the queue page shows before "view all". */
	static final int PREVIEW_SIZE = 10;

	static final int PAGE_SIZE = 30;

	private final ApprovalQueries queries;

	private final Approvals approvals;

	private final Organization organization;

	private final Messages messages;

	private final Clock clock;

	private final ApprovalRights rights;

	ApprovalController(ApprovalQueries queries, Approvals approvals, Organization organization, Messages messages,
			Clock clock, ApprovalRights rights) {
		this.queries = queries;
		this.approvals = approvals;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
		this.rights = rights;
	}

	@Bean
	static NavigationItem approvalsNavigation() {
		return new NavigationItem(20, "/approvals", "nav.approvals", Set.of()).counting("/approvals/waiting-count");
	}

	/**
	 * The badge beside "Review and approval" on every page: how many requests wait for the
	 * signed-in officer's signature; nothing at all when none do.
	 */
	@GetMapping("/approvals/waiting-count")
	String waitingCount(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("count", approvals.waitingFor(officer).size());
		return "approval/waiting-count";
	}

	/** One list of queue items on the queue page: its first items and how many it has in all. */
	record QueueList(String key, List<ApprovalQueries.QueueItem> items, long total) {
	}

	@GetMapping("/approvals")
	String queue(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		ApprovalQueries.Queue queue = queries.queue(officer, PREVIEW_SIZE);
		List<QueueList> lists = Arrays.stream(QueueGroup.values())
			.filter(g -> g != QueueGroup.RETURNED_TO_ME)
			.map(g -> new QueueList(g.key(), queue.items(g).stream().limit(PREVIEW_SIZE).toList(), queue.total(g)))
			.toList();
		model.addAttribute("lists", lists);
		model.addAttribute("notes", queries.correctionNotes(lists.stream().flatMap(l -> l.items().stream()).toList()));
		// The returned list shows returns (who, when, why), so it has a card of its own.
		List<Approvals.Returned> returned = queue.returnedToMe().getContent();
		model.addAttribute("returned", returned);
		model.addAttribute("returnedTotal", queue.returnedToMe().getTotalElements());
		model.addAttribute("names", returners(returned));
		model.addAttribute("now", clock.instant());
		// A suspended signer's queue is empty; say why rather than let it look like a quiet day.
		if (rights.suspended(officer.officerId())) {
			List<ApprovalRights.Change> history = rights.history(officer.officerId());
			model.addAttribute("suspension", history.isEmpty() ? null : history.get(history.size() - 1));
			model.addAttribute("suspended", true);
		}
		return "approval/queue";
	}

	private Map<Long, OfficerSummary> returners(List<Approvals.Returned> returned) {
		return organization.officers(returned.stream().map(Approvals.Returned::returnedBy).collect(Collectors.toSet()));
	}

	/** One list of the queue in full, a page at a time, optionally one action only. */
	@GetMapping("/approvals/queue/{group}")
	String queueList(@PathVariable String group, @RequestParam(required = false) ApprovalAction action,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		QueueGroup list = QueueGroup.of(group)
			.orElseThrow(() -> new NotFoundException("approval.queue.unknownList", group, QueueGroup.keys()));
		Page<ApprovalQueries.QueueItem> items = queries.list(officer, list, action, Paging.of(page, PAGE_SIZE));
		model.addAttribute("page", items);
		model.addAttribute("notes", queries.correctionNotes(items.getContent()));
		return queueListPage(list, action, model);
	}

	/**
	 * The returned list in full, on the same page as the others but with the returns' columns; the
	 * more specific address wins over {@code /approvals/queue/{group}}.
	 */
	@GetMapping("/approvals/queue/returnedToMe")
	String returnedList(@RequestParam(required = false) ApprovalAction action, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		Page<Approvals.Returned> returned = queries.returnedTo(officer, action, Paging.of(page, PAGE_SIZE));
		model.addAttribute("page", returned);
		model.addAttribute("names", returners(returned.getContent()));
		return queueListPage(QueueGroup.RETURNED_TO_ME, action, model);
	}

	private String queueListPage(QueueGroup list, ApprovalAction action, Model model) {
		model.addAttribute("group", list.key());
		model.addAttribute("action", action);
		model.addAttribute("actions", ApprovalAction.values());
		model.addAttribute("base", "/approvals/queue/" + list.key() + (action == null ? "" : "?action=" + action));
		model.addAttribute("now", clock.instant());
		return "approval/queue-list";
	}

	@GetMapping("/approvals/{id}")
	String request(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		ApprovalQueries.RequestView view = queries.view(id, officer);
		model.addAttribute("v", view);
		model.addAttribute("r", view.request());
		model.addAttribute("now", clock.instant());
		model.addAttribute("names", organization.officers(Stream.of(view.signatures().stream().map(s -> s.getSignerId()),
				view.rounds().stream().map(x -> x.submittedBy()), view.releases().stream().map(x -> x.officerId()),
				view.caseChanges().stream().map(c -> c.actorId()).filter(Objects::nonNull))
			.flatMap(ids -> ids)
			.collect(Collectors.toSet())));
		model.addAttribute("submitter", organization.officer(view.request().getSubmittedBy()).orElse(null));
		Long withdrawnBy = view.request().getWithdrawnBy();
		model.addAttribute("withdrawer", withdrawnBy == null ? Map.of() : organization.officers(Set.of(withdrawnBy)));
		model.addAttribute("named", organization.officers(view.namedSigners()));
		model.addAttribute("eligible", organization.officers(view.eligibleSigners()));
		model.addAttribute("ownCaseSigners", organization.officers(view.ownCaseSigners()));
		// A legal review nobody can sign in a bureau with no unit marked as its legal-affairs
		// department waits for an administrator's mark, not for staffing.
		model.addAttribute("noLegalAffairs", view.nobodyCanSign()
				&& view.chain().link(view.request().getCurrentLink()).map(l -> l.getUnitLevel() == UnitLevel.BUREAU_LEGAL)
					.orElse(false)
				&& organization.unitsIn(new DataScope(officer.bureauPath())).stream().noneMatch(UnitSummary::legalAffairs));
		return "approval/request";
	}

	/**
	 * Reading a request's materials in turn: the first of its current round's materials this officer
	 * has not opened since the round was submitted, or, once none is left, the request's signing form.
	 */
	@GetMapping("/approvals/{id}/next-unread")
	String nextUnread(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		ApprovalRequest request = queries.requestInScope(id, officer);
		if (!request.pending()) {
			return "redirect:/approvals/" + id;
		}
		return queries.firstUnread(request, officer.officerId())
			.map(m -> "redirect:/cases/" + request.getCaseId() + "/materials/" + m.id() + "?request=" + id)
			.orElse("redirect:/approvals/" + id + "#sign");
	}

	@PostMapping("/approvals/{id}/sign")
	String sign(@PathVariable long id, @RequestParam(required = false) Approvals.Decision decision,
			@RequestParam(required = false) String opinion, @RequestParam(required = false) Integer round,
			@RequestParam(required = false) Integer link, @AuthenticationPrincipal SignedInOfficer officer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("opinion", opinion);
		model.addAttribute("decision", decision);
		return act(id, () -> {
			Approvals.RequestSummary result = approvals.sign(id, round, link, decision, opinion, officer);
			return messages.get("approval.signed." + decision, messages.get("enum.Status." + result.status()));
		}, "signProblem", officer, model, redirect, response);
	}

	@PostMapping("/approvals/{id}/resubmit")
	String resubmit(@PathVariable long id, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String note, @AuthenticationPrincipal SignedInOfficer officer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("summary", summary);
		model.addAttribute("note", note);
		return act(id, () -> {
			approvals.resubmit(id, summary, note, officer);
			return messages.get("approval.resubmitted");
		}, "resubmitProblem", officer, model, redirect, response);
	}

	@PostMapping("/approvals/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) Integer round,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInOfficer officer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("reason", reason);
		return act(id, () -> {
			approvals.withdraw(id, round, reason, officer);
			return messages.get("approval.withdraw.done");
		}, "withdrawProblem", officer, model, redirect, response);
	}

	/**
	 * Runs an action on a request and goes back to its page with the returned notice; a refusal
	 * shows the page again with the right status, a field problem under {@code fieldAttribute}.
	 * The model attributes the caller set beforehand refill its form and are dropped on redirect.
	 */
	private String act(long id, Supplier<String> action, String fieldAttribute, SignedInOfficer officer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			redirect.addFlashAttribute("notice", action.get());
			return "redirect:/approvals/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			InvalidInputException.FieldProblem problem = ex.fieldProblems().get(0);
			model.addAttribute(fieldAttribute, messages.get(problem.messageCode(), problem.arguments()));
			model.addAttribute("problemField", problem.field());
		}
		catch (DomainException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("refusal", messages.of(ex));
		}
		return request(id, officer, model);
	}
}
