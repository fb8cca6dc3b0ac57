package org.gongzheng.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;

/**
 * Ends every page session of an account without touching its password: for the browser left
 * signed in on a shared computer, or a lost device the officer still trusts their password on.
 * Each session notices at its next page (see {@link SessionRefresh}), on whichever instance it
 * lives. Access tokens are not sessions: they are revoked on their own page.
 */
@Service
@Transactional
public class AccountSessions {

	private final AccountRepository accounts;

	private final OrganizationAdministration administration;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountSessions(AccountRepository accounts, OrganizationAdministration administration,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.administration = administration;
		this.events = events;
		this.clock = clock;
	}

	/** When the officer's sessions were last ended, if ever. */
	@Transactional(readOnly = true)
	public Optional<Instant> lastEnded(SignedInOfficer officer) {
		return accounts.findById(officer.accountId()).map(Account::getSessionsEndedAt);
	}

	/** The officer ends their own sessions; the caller renews the one it was asked from. */
	public void endOwn(SignedInOfficer officer) {
		end(accounts.findById(officer.accountId()).orElseThrow());
	}

	/** An administrator ends all the sessions of an officer in their scope. */
	public void endAll(DataScope scope, long officerId) {
		end(administration.account(scope, officerId));
	}

	private void end(Account account) {
		account.endSessions(clock.instant());
		events.publishEvent(AuditEvent.success("ACCOUNT_SESSIONS_ENDED", "ACCOUNT", account.getId(), account.getUsername()));
	}
}
