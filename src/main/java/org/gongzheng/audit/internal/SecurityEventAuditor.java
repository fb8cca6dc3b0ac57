package org.gongzheng.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import org.gongzheng.shared.AuditEvent;

/**
 * Sign-ins, failed sign-ins and sign-outs. API requests authenticate on every call, so only their
 * failures are recorded; a page sign-in is recorded once per session.
 */
@Component
class SecurityEventAuditor {

	private final AuditRecorder recorder;

	SecurityEventAuditor(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		recorder.record(new AuditEvent("SIGN_IN", "ACCOUNT", event.getAuthentication().getName(),
				AuditEvent.Outcome.SUCCESS, null), Actor.of(event.getAuthentication()));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		recorder.record(new AuditEvent("SIGN_IN", "ACCOUNT", Actor.truncate(event.getAuthentication().getName(), 64),
				AuditEvent.Outcome.FAILURE, event.getException().getClass().getSimpleName()),
				Actor.of(event.getAuthentication()));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		recorder.record(new AuditEvent("SIGN_OUT", "ACCOUNT", event.getAuthentication().getName(),
				AuditEvent.Outcome.SUCCESS, null), Actor.of(event.getAuthentication()));
	}
}
