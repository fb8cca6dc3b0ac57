package org.gongzheng.supervision.rules;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.organization.SignedInOfficer;

/** Supervision rules over HTTP. */
@RestController
@RequestMapping("/api/v1/supervision/rules")
@Tag(name = "Supervision")
class RuleApiController {

	private final Rules rules;

	RuleApiController(Rules rules) {
		this.rules = rules;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('LEGAL', 'LEADER')")
	@Operation(summary = "All supervision rules with their parameters and citations")
	List<Rule> list() {
		return rules.all();
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAnyRole('LEGAL', 'LEADER')")
	@Operation(summary = "One supervision rule")
	Rule get(@PathVariable String code) {
		return rules.get(code);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Switch a rule on or off, change its severity, rectification days and parameters (LEGAL)")
	Rule update(@PathVariable String code, @RequestBody RuleEdit edit, @AuthenticationPrincipal SignedInOfficer officer) {
		return rules.update(code, edit, officer);
	}
}
