package org.gongzheng.organization.internal;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.gongzheng.organization.SignedInOfficer;

/**
 * A session keeps the officer as they were when they signed in, for up to eight hours. What an
 * administrator changes meanwhile takes effect at the officer's next page, not at their next
 * sign-in: a disabled account (or an officer or unit no longer active) ends the session, and
 * changed roles, unit or a password to be replaced replace the session's officer. API calls sign
 * in anew each time and need none of this. A password set since the session signed in (by an
 * administrator, or by the officer in another session) ends it too: whoever kept a session open
 * with the old password is shut out with it. So is a session signed in before the officer, or an
 * administrator for them, ended all the account's sessions.
 */
final class SessionRefresh extends OncePerRequestFilter {

	private final SessionOfficers officers;

	SessionRefresh(SessionOfficers officers) {
		this.officers = officers;
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
		SignedInOfficer now = officers.current(before).orElse(null);
		if (now == null || !now.isEnabled()) {
			signOut(request, response, "?disabled");
			return;
		}
		if (before.passwordChangedSince(now)) {
			signOut(request, response, "?passwordChanged");
			return;
		}
		if (before.sessionsEndedSince(now)) {
			signOut(request, response, "?sessionsEnded");
			return;
		}
		if (changed(before, now)) {
			officers.replace(now, request, response);
		}
		chain.doFilter(request, response);
	}

	private static void signOut(HttpServletRequest request, HttpServletResponse response, String reason)
			throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		SignInAgain.redirect(request, response, SignInAgain.LOGIN + reason);
	}

	private static boolean changed(SignedInOfficer before, SignedInOfficer now) {
		return !before.roles().equals(now.roles()) || before.unitId() != now.unitId()
				|| !Objects.equals(before.unitPath(), now.unitPath()) || !Objects.equals(before.name(), now.name())
				|| before.passwordChangeRequired() != now.passwordChangeRequired();
	}
}
