package org.gongzheng.organization.internal;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import org.gongzheng.organization.SignedInOfficer;

/**
 * A session keeps the officer as they were when they signed in, for up to eight hours. What an
 * administrator changes meanwhile takes effect at the officer's next page, not at their next
 * sign-in: a disabled account (or an officer or unit no longer active) ends the session, and
 * changed roles, unit or a password to be replaced replace the session's officer. API calls sign
 * in anew each time and need none of this.
 */
final class SessionRefresh extends OncePerRequestFilter {

	private final AccountDetailsService accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionRefresh(AccountDetailsService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		if (StaticFiles.asked(request) || context.getAuthentication() == null
				|| !(context.getAuthentication().getPrincipal() instanceof SignedInOfficer before)) {
			chain.doFilter(request, response);
			return;
		}
		SignedInOfficer now = current(before);
		if (now == null || !now.isEnabled()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			SignInAgain.redirect(request, response, SignInAgain.LOGIN + "?disabled");
			return;
		}
		if (changed(before, now)) {
			now.eraseCredentials();
			SecurityContext fresh = SecurityContextHolder.createEmptyContext();
			fresh.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
			SecurityContextHolder.setContext(fresh);
			sessions.saveContext(fresh, request, response);
		}
		chain.doFilter(request, response);
	}

	private SignedInOfficer current(SignedInOfficer before) {
		try {
			SignedInOfficer now = accounts.loadUserByUsername(before.getUsername());
			return now.accountId() == before.accountId() ? now : null;
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	private static boolean changed(SignedInOfficer before, SignedInOfficer now) {
		return !before.roles().equals(now.roles()) || before.unitId() != now.unitId()
				|| !Objects.equals(before.unitPath(), now.unitPath()) || !Objects.equals(before.name(), now.name())
				|| before.passwordChangeRequired() != now.passwordChangeRequired();
	}
}
