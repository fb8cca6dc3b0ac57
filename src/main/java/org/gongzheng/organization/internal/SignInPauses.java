package org.gongzheng.organization.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.NotFoundException;

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

	/** The pauses on the officer's account now; none when the officer has no account. */
	@Transactional(readOnly = true)
	public List<PausedSignIn> of(DataScope scope, long officerId) {
		administration.officer(scope, officerId);
		return administration.accountOf(officerId).map(account -> limit.pausesOf(account.getUsername())).orElse(List.of());
	}

	/** Lifts every pause on the officer's account; audited with the addresses it freed. */
	public void lift(DataScope scope, long officerId) {
		administration.officer(scope, officerId);
		Account account = administration.accountOf(officerId)
			.orElseThrow(() -> new NotFoundException("account.notFound"));
		List<PausedSignIn> pauses = limit.pausesOf(account.getUsername());
		limit.lift(account.getUsername());
		events.publishEvent(AuditEvent.success("ACCOUNT_SIGN_IN_PAUSE_LIFTED", "ACCOUNT", account.getId(),
				account.getUsername() + " " + pauses.stream().map(PausedSignIn::address)
					.collect(Collectors.joining(", ", "[", "]"))));
	}
}
