package org.gongzheng.supervision.desk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;
import org.gongzheng.supervision.RunSummary;
import org.gongzheng.supervision.SupervisionEngine;
import org.gongzheng.supervision.alerts.AlertFilter;
import org.gongzheng.supervision.alerts.AlertQueries;
import org.gongzheng.supervision.alerts.AlertStatus;
import org.gongzheng.supervision.rules.Rule;
import org.gongzheng.supervision.rules.Rules;
import org.gongzheng.supervision.rules.Severity;

/**
 * The supervision desk: open alerts by rule, unit and age, the rectification rate, the latest run,
 * this month's rankings (served by the evaluation pages) and the filtered alert list. The legal
 * department sees its bureau; so do the bureau's leaders.
 */
@Controller
@PreAuthorize("hasAnyRole('LEGAL', 'LEADER')")
class DeskController {

	private final DeskQueries desk;

	private final AlertQueries alerts;

	private final Rules rules;

	private final Organization organization;

	private final SupervisionEngine engine;

	private final Messages messages;

	DeskController(DeskQueries desk, AlertQueries alerts, Rules rules, Organization organization, SupervisionEngine engine,
			Messages messages) {
		this.desk = desk;
		this.alerts = alerts;
		this.rules = rules;
		this.organization = organization;
		this.engine = engine;
		this.messages = messages;
	}

	@GetMapping("/supervision")
	String desk(@RequestParam(required = false) String rule, @RequestParam(required = false) AlertStatus status,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer olderThanDays, @RequestParam(required = false) Boolean escalated,
			@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		AlertFilter filter = new AlertFilter(rule, status, status == null ? (open ? Boolean.TRUE : null) : null, severity,
				unitId, olderThanDays, escalated, null);
		DeskSummary summary = desk.summary(officer.scope());
		model.addAttribute("summary", summary);
		model.addAttribute("alerts", alerts.search(filter, Paging.of(page, 20), officer));
		model.addAttribute("filter", filter);
		model.addAttribute("openOnly", open);
		Map<String, Rule> byCode = new LinkedHashMap<>();
		rules.all().forEach(r -> byCode.put(r.code(), r));
		model.addAttribute("rules", byCode);
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("chartByRule", rules.toJson(Map.of("labels", summary.openByRule().keySet().stream()
			.map(code -> byCode.containsKey(code) ? byCode.get(code).name(locale) : code).toList(),
				"values", List.copyOf(summary.openByRule().values()))));
		model.addAttribute("chartByAge", rules.toJson(Map.of("labels", summary.openByAge().keySet().stream()
			.map(key -> messages.get("supervision." + key)).toList(), "values", List.copyOf(summary.openByAge().values()))));
		Map<Long, UnitSummary> units = new LinkedHashMap<>();
		organization.unitsIn(officer.scope()).forEach(u -> units.put(u.id(), u));
		model.addAttribute("units", units);
		model.addAttribute("statuses", AlertStatus.values());
		model.addAttribute("severities", Severity.values());
		return "supervision/desk";
	}

	@PostMapping("/supervision/run")
	@PreAuthorize("hasRole('LEGAL')")
	String runNow(RedirectAttributes redirect) {
		RunSummary summary = engine.run("MANUAL");
		redirect.addFlashAttribute("notice", messages.get("supervision.run.done", summary.raised(), summary.stillOpen(),
				summary.cleared(), summary.elapsed().toMillis()));
		return "redirect:/supervision";
	}
}
