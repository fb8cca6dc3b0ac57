package org.gongzheng.organization.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.shared.AuditEvent;

/**
 * An administrator sees an officer's access tokens (never the tokens themselves) and can revoke
 * them all at once, for a lost or stolen device, without resetting the password.
 */
@Service
@Transactional
public class OfficerTokens {

	private final OrganizationAdministration administration;

	private final ApiTokens tokens;

	private final ApplicationEventPublisher events;

	OfficerTokens(OrganizationAdministration administration, ApiTokens tokens, ApplicationEventPublisher events) {
		this.administration = administration;
		this.tokens = tokens;
		this.events = events;
	}

	/** The officer's tokens not revoked. */
	@Transactional(readOnly = true)
	public List<ApiTokens.Listed> of(DataScope scope, long officerId) {
		return of(administration.account(scope, officerId));
	}

	/** The tokens of an account the caller has already found in the administrator's scope. */
	@Transactional(readOnly = true)
	public List<ApiTokens.Listed> of(Account account) {
		return tokens.of(account.getId());
	}

	/** Revokes all of them; audited with how many. */
	public void revokeAll(DataScope scope, long officerId) {
		Account account = administration.account(scope, officerId);
		int revoked = tokens.revokeAll(account.getId());
		events.publishEvent(AuditEvent.success("API_TOKENS_REVOKED_ALL", "ACCOUNT", account.getId(),
				account.getUsername() + " " + revoked + " tokens"));
	}
}
