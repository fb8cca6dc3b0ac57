package org.gongzheng.organization.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.NotFoundException;

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

	/** The officer's tokens not revoked; none when the officer has no account. */
	@Transactional(readOnly = true)
	public List<ApiTokens.Listed> of(DataScope scope, long officerId) {
		administration.officer(scope, officerId);
		return administration.accountOf(officerId).map(account -> tokens.of(account.getId())).orElse(List.of());
	}

	/** Revokes all of them; audited with how many. */
	public void revokeAll(DataScope scope, long officerId) {
		administration.officer(scope, officerId);
		Account account = administration.accountOf(officerId)
			.orElseThrow(() -> new NotFoundException("account.notFound"));
		int revoked = tokens.revokeAll(account.getId());
		events.publishEvent(AuditEvent.success("API_TOKENS_REVOKED_ALL", "ACCOUNT", account.getId(),
				account.getUsername() + " " + revoked + " tokens"));
	}
}
