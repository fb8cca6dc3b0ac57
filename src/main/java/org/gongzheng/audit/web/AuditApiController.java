package org.gongzheng.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.audit.AuditVerification;
import org.gongzheng.audit.internal.AuditVerifier;
import org.gongzheng.shared.AuditEvent;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Verification of the hash-chained audit log")
class AuditApiController {

	private final AuditVerifier verifier;

	private final ApplicationEventPublisher events;

	AuditApiController(AuditVerifier verifier, ApplicationEventPublisher events) {
		this.verifier = verifier;
		this.events = events;
	}

	@GetMapping("/verification")
	@PreAuthorize("hasAnyRole('LEGAL', 'ADMIN')")
	@Operation(summary = "Walk the audit chain and report OK or the first broken row, and any signature no row vouches for")
	AuditVerification verify() {
		AuditVerification result = verifier.verify();
		events.publishEvent(new AuditEvent("AUDIT_VERIFIED", "AUDIT_LOG", null,
				result.intact() && result.complete() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE,
				result.summary(), true));
		return result;
	}
}
