package org.gongzheng.supervision.fault;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.gongzheng.organization.SignedInOfficer;

/** The per-officer law-enforcement record page (执法档案). */
@Controller
class RecordController {

	private final OfficerRecords records;

	RecordController(OfficerRecords records) {
		this.records = records;
	}

	@GetMapping("/supervision/records/me")
	String mine(@AuthenticationPrincipal SignedInOfficer officer) {
		return "redirect:/supervision/records/officers/" + officer.officerId();
	}

	@GetMapping("/supervision/records/officers/{officerId}")
	String record(@PathVariable long officerId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("r", records.of(officerId, officer));
		return "supervision/record-officer";
	}
}
