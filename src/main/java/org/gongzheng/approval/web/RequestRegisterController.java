package org.gongzheng.approval.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.approval.internal.RequestFilter;
import org.gongzheng.approval.internal.RequestRegister;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;

/** The approval register 审批台账 page: every request in the reader's scope, filtered, with counts per status. */
@Controller
class RequestRegisterController {

	static final int PAGE_SIZE = 30;

	private final RequestRegister register;

	private final Organization organization;

	private final Messages messages;

	private final RegisterExport export;

	RequestRegisterController(RequestRegister register, Organization organization, Messages messages,
			RegisterExport export) {
		this.register = register;
		this.organization = organization;
		this.messages = messages;
		this.export = export;
	}

	@GetMapping("/approvals/requests")
	String register(RequestFilter filter, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, HttpServletResponse response) {
		Page<RequestRegister.Row> rows;
		Map<Approvals.Status, Long> counts;
		try {
			RequestRegister.Result result = register.findCounted(filter, officer, Paging.of(page, PAGE_SIZE));
			rows = result.page();
			counts = result.counts();
		}
		catch (InvalidInputException ex) {
			// The form shows the problem beside its field; the list stays empty rather than wrong.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			rows = Page.empty();
			counts = Map.of();
			InvalidInputException.FieldProblem problem = ex.fieldProblems().get(0);
			model.addAttribute("filterProblem", problem);
			model.addAttribute("filterMessage", messages.get(problem.messageCode(), problem.arguments()));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("statusLinks", statusLinks(filter));
		model.addAttribute("base", "/approvals/requests" + query(filter, filter.status()));
		model.addAttribute("export", "/approvals/requests.xlsx" + query(filter, filter.status()));
		model.addAttribute("exportable", RegisterExport.exportable(rows.getTotalElements()));
		model.addAttribute("exportLimit", RegisterExport.MAX_ROWS);
		model.addAttribute("actions", ApprovalAction.values());
		model.addAttribute("statuses", Approvals.Status.values());
		model.addAttribute("units", organization.unitsIn(officer.scope()));
		model.addAttribute("names", organization.officers(rows.stream()
			.map(r -> r.request().getSubmittedBy())
			.collect(Collectors.toSet())));
		return "approval/register";
	}

	@GetMapping("/approvals/requests.xlsx")
	ResponseEntity<byte[]> excel(RequestFilter filter, @AuthenticationPrincipal SignedInOfficer officer,
			HttpMethod method) {
		return export.excel(filter, officer, method);
	}

	/** The register with the same filter and each status in turn; the empty key is "any status". */
	private static Map<String, String> statusLinks(RequestFilter filter) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("", "/approvals/requests" + query(filter, null));
		for (Approvals.Status status : Approvals.Status.values()) {
			links.put(status.name(), "/approvals/requests" + query(filter, status));
		}
		return links;
	}

	/** The filter as a query string, with {@code status} in place of its own; every value form-encoded. */
	static String query(RequestFilter filter, Approvals.Status status) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("status", status);
		params.put("action", filter.action());
		params.put("unitId", filter.unitId());
		params.put("q", filter.keyword());
		params.put("from", filter.from());
		params.put("to", filter.to());
		params.put("overdue", filter.onlyOverdue() ? true : null);
		params.put("mine", filter.onlyMine() ? true : null);
		String query = params.entrySet()
			.stream()
			.filter(e -> e.getValue() != null)
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}
}
