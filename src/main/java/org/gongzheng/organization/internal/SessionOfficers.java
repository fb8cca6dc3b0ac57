package org.gongzheng.organization.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import org.gongzheng.organization.SignedInOfficer;

/** The officer a page session holds, kept in step with their account. */
@Component
public class SessionOfficers {

	private final AccountDetailsService accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionOfficers(AccountDetailsService accounts) {
		this.accounts = accounts;
	}

	/** The officer's account as it is now; empty when it is gone or has become another's. */
	Optional<SignedInOfficer> current(SignedInOfficer before) {
		try {
			SignedInOfficer now = accounts.loadUserByUsername(before.getUsername());
			return now.accountId() == before.accountId() ? Optional.of(now) : Optional.empty();
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

	/** This request and its session go on as {@code now}. */
	void replace(SignedInOfficer now, HttpServletRequest request, HttpServletResponse response) {
		now.eraseCredentials();
		SecurityContext fresh = SecurityContextHolder.createEmptyContext();
		fresh.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
		SecurityContextHolder.setContext(fresh);
		sessions.saveContext(fresh, request, response);
	}

	/**
	 * After the officer changed their own password, or ended all their sessions, from this one:
	 * this session goes on, under a new id and with the account's new stamps, while their other
	 * sessions end at their next page.
	 */
	public void renew(SignedInOfficer officer, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getSession(false) == null) {
			return;
		}
		request.changeSessionId();
		current(officer).ifPresent(now -> replace(now, request, response));
	}
}
