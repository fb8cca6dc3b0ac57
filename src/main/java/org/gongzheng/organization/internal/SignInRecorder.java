package org.gongzheng.organization.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import org.gongzheng.organization.SignedInOfficer;

/** Keeps the account's last sign-in time, shown to administrators. */
@Component
class SignInRecorder {

	private final OrganizationAdministration administration;

	SignInRecorder(OrganizationAdministration administration) {
		this.administration = administration;
	}

	@EventListener
	void onSignIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInOfficer officer) {
			administration.recordSignIn(officer.accountId());
		}
	}
}
