package org.gongzheng.organization.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;

import org.gongzheng.shared.web.PageRefusals;

/**
 * A form whose security token no longer matches the session: the session ended (sign-in timed out,
 * the server restarted) or the officer signed in again in another window. That is not a lack of
 * rights, and the error page must not say so; the officer is told that what they sent was not
 * saved and what to do. Every other refusal, a request carrying no token at all included, keeps
 * the plain 403 page.
 */
class ExpiredForms implements AccessDeniedHandler {

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		if (!(ex instanceof CsrfException) || !carriesToken(request)) {
			otherwise.handle(request, response, ex);
		}
		else if (trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			PageRefusals.send(request, response, HttpStatus.FORBIDDEN, "error.expiredForm");
		}
		else {
			SignInAgain.redirect(request, response, SignInAgain.LOGIN + "?" + reason(request));
		}
	}

	/** A request without any token never came from one of our forms, so nothing of it expired. */
	private static boolean carriesToken(HttpServletRequest request) {
		// The session's token, which the CSRF filter exposes, names the parameter and header it is sent in.
		return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken expected
				&& (request.getParameter(expected.getParameterName()) != null
						|| request.getHeader(expected.getHeaderName()) != null);
	}

	/** Signing out after the session ended has nothing to lose; a stale sign-in page nothing to save. */
	private static String reason(HttpServletRequest request) {
		String path = request.getServletPath();
		if ("/logout".equals(path)) {
			return "logout";
		}
		return SignInAgain.LOGIN.equals(path) ? "expired" : "timeout";
	}
}
