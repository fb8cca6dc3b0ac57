package org.gongzheng.organization.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.shared.AuditEvent;

/**
 * An administrator sees where an officer's sign-ins are paused and may lift the pause early, for
 * an officer who forgot their password, had it reset and must not wait a quarter of an hour.
 */
@Service
@Transactional
public class SignInPauses {

	private final OrganizationAdministration administration;

	private final SignInLimit limit;

	private final ApplicationEventPublisher events;

	SignInPauses(OrganizationAdministration administration, SignInLimit limit, ApplicationEventPublisher events) {
		this.administration = administration;
		this.limit = limit;
		this.events = events;
	}

	/** The pauses on the officer's account now. */
	@Transactional(readOnly = true)
	public List<PausedSignIn> of(DataScope scope, long officerId) {
		return of(administration.account(scope, officerId));
	}

	/** The pauses on an account the caller has already found in the administrator's scope. */
	@Transactional(readOnly = true)
	public List<PausedSignIn> of(Account account) {
		return limit.pausesOf(account.getUsername());
	}

	/** Lifts every pause on the officer's account; audited with the addresses it freed. */
	public void lift(DataScope scope, long officerId) {
		Account account = administration.account(scope, officerId);
		List<PausedSignIn> pauses = limit.pausesOf(account.getUsername());
		limit.lift(account.getUsername());
		events.publishEvent(AuditEvent.success("ACCOUNT_SIGN_IN_PAUSE_LIFTED", "ACCOUNT", account.getId(),
				account.getUsername() + " " + pauses.stream().map(PausedSignIn::address)
					.collect(Collectors.joining(", ", "[", "]"))));
	}
}
