package org.gongzheng.audit.web;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzheng.audit.AuditVerification;
import org.gongzheng.audit.internal.AuditLogQueries;
import org.gongzheng.audit.internal.AuditVerifier;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Paging;

/** The audit log and its verification, for the legal department and administrators. */
@Controller
class AuditController {

	private final AuditLogQueries queries;

	private final AuditVerifier verifier;

	private final Formats formats;

	private final ApplicationEventPublisher events;

	AuditController(AuditLogQueries queries, AuditVerifier verifier, Formats formats, ApplicationEventPublisher events) {
		this.queries = queries;
		this.verifier = verifier;
		this.formats = formats;
		this.events = events;
	}

	@GetMapping("/audit")
	String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditLogQueries.Filter filter = new AuditLogQueries.Filter(actor, action, objectType, objectId,
				from == null ? null : from.atStartOfDay(formats.zone()).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(formats.zone()).toInstant());
		model.addAttribute("entries", queries.search(filter, Paging.of(page, 50)));
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("objectType", objectType);
		model.addAttribute("objectId", objectId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("base", UriComponentsBuilder.fromPath("/audit").queryParamIfPresent("actor", text(actor))
			.queryParamIfPresent("action", text(action)).queryParamIfPresent("objectType", text(objectType))
			.queryParamIfPresent("objectId", text(objectId))
			.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
			.queryParamIfPresent("to", java.util.Optional.ofNullable(to)).encode().build().toUriString());
		return "audit/log";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		AuditVerification result = verifier.verify();
		events.publishEvent(new AuditEvent("AUDIT_VERIFIED", "AUDIT_LOG", null,
				result.intact() && result.complete() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE,
				result.summary()));
		model.addAttribute("result", result);
		return "audit/log :: verification";
	}

	private static java.util.Optional<String> text(String value) {
		return java.util.Optional.ofNullable(value).filter(v -> !v.isBlank());
	}
}
