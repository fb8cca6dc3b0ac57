package org.gongzheng.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import org.gongzheng.shared.AuditEvent;

/**
 * Sign-ins, failed sign-ins and sign-outs. API requests authenticate on every call, so only their
 * failures are recorded; a page sign-in is recorded once per session.
 */
@Component
class SecurityEventAuditor {

	private final AuditRecorder recorder;

	private final AccountHistory history;

	SecurityEventAuditor(AuditRecorder recorder, AccountHistory history) {
		this.recorder = recorder;
		this.history = history;
	}

	/**
	 * Also tells the new session which sign-in made it, while that is still the account's latest:
	 * a session first opened on some other page than the work page, which asks for the notice of
	 * refused attempts, would otherwise take a later sign-in elsewhere for its own.
	 */
	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		recorder.record(new AuditEvent("SIGN_IN", "ACCOUNT", username, AuditEvent.Outcome.SUCCESS, null),
				Actor.of(event.getAuthentication()));
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Long signIn = request == null ? null : history.latestSignIn(username);
		if (signIn != null) {
			request.setAttribute(AccountHistory.SESSION_SIGN_IN, signIn, RequestAttributes.SCOPE_SESSION);
		}
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
