package org.gongzheng.supervision.alerts;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.hibernate.validator.constraints.Range;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.web.ListFilters;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;
import org.gongzheng.supervision.rules.Rule;
import org.gongzheng.supervision.rules.Rules;
import org.gongzheng.supervision.rules.Severity;

/** Supervision alerts and their rectification over HTTP. */
@RestController
@RequestMapping("/api/v1/supervision/alerts")
@Tag(name = "Supervision", description = "Supervision rules, alerts, rectification and engine runs")
class AlertApiController {

	private final AlertQueries queries;

	private final AlertWorkflow workflow;

	private final AlertView view;

	private final Rules rules;

	AlertApiController(AlertQueries queries, AlertWorkflow workflow, AlertView view, Rules rules) {
		this.queries = queries;
		this.workflow = workflow;
		this.view = view;
		this.rules = rules;
	}

	record AlertDto(long id, String ruleCode, String subjectKey, Long caseId, String caseNumber, long unitId, Long officerId,
			Severity severity, String reason, java.util.Map<String, Object> details, AlertStatus status,
			java.time.Instant raisedAt, java.time.Instant dueAt, java.time.Instant lastSeenAt,
			java.time.Instant conditionClearedAt, Long assignedTo, int escalationLevel, java.time.Instant closedAt,
			long version) {
	}

	record AlertDetailDto(AlertDto alert, List<AlertEvent> history, List<Rectification> rectifications) {
	}

	@GetMapping
	@Operation(summary = "Alerts in the caller's data scope, newest first, with filters")
	PageDto<AlertDto> list(@RequestParam(required = false) String rule, @RequestParam(required = false) AlertStatus status,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) Long unitId,
			// A constraint rather than a check in the body, so that a number too long for an int is
			// told the same range.
			@RequestParam(required = false) @Range(min = 0, max = AlertFilter.OLDER_THAN_DAYS_MAX,
					message = "{validation.range}") Integer olderThanDays,
			@RequestParam(required = false) Boolean escalated, @RequestParam(required = false) Long caseId,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 200) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		// A rule code that is not a rule would list no alerts, as if that rule had raised none.
		String knownRule = ListFilters.oneOf("rule", rule, rules.all().stream().map(Rule::code).toList());
		AlertFilter filter = new AlertFilter(knownRule, status, open, severity, unitId, olderThanDays, escalated, caseId);
		return PageDto.of(queries.search(filter, Paging.within(page, size, 200), officer),
				this::dto);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One alert with its history and rounds of rectification")
	AlertDetailDto detail(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		Alert alert = queries.visible(id, officer);
		return new AlertDetailDto(dto(alert), queries.events(id), queries.rectifications(id));
	}

	@PostMapping("/{id}/assign")
	@Operation(summary = "Assign for rectification (LEGAL or LEADER); no assignee means the responsible officer",
			description = "The assignee must be an active officer of the alert's unit or a unit under it.")
	AlertDto assign(@PathVariable long id, @RequestBody AlertCommands.Assign command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return dto(workflow.assign(id, command, officer));
	}

	@PostMapping("/{id}/rectify")
	@Operation(summary = "Submit the rectification (the assigned officer)")
	AlertDto rectify(@PathVariable long id, @RequestBody AlertCommands.Rectify command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return dto(workflow.rectify(id, command, officer));
	}

	@PostMapping("/{id}/verify")
	@Operation(summary = "Accept the rectification and close the alert (LEGAL)")
	AlertDto verify(@PathVariable long id, @RequestBody AlertCommands.Verify command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return dto(workflow.verify(id, command, officer));
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Reject the rectification with a reason; the officer rectifies again (LEGAL)")
	AlertDto reopen(@PathVariable long id, @RequestBody AlertCommands.Reopen command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return dto(workflow.reopen(id, command, officer));
	}

	private AlertDto dto(Alert a) {
		return new AlertDto(a.id(), a.ruleCode(), a.subjectKey(), a.caseId(), a.caseNumber(), a.unitId(), a.officerId(),
				a.severity(), view.reason(a), a.details(), a.status(), a.raisedAt(), a.dueAt(), a.lastSeenAt(),
				a.conditionClearedAt(), a.assignedTo(), a.escalationLevel(), a.closedAt(), a.version());
	}
}
