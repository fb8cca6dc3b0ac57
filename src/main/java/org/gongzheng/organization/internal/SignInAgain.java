package org.gongzheng.organization.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a visitor who is not signed in to the sign-in page. A part of a page that htmx fetches
 * would otherwise follow the redirect and show the sign-in form inside the page, so htmx is told
 * to load the sign-in page as a whole instead.
 */
class SignInAgain implements AuthenticationEntryPoint {

	static final String LOGIN = "/login";

	private final LoginUrlAuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint(LOGIN);

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		if (isHtmx(request)) {
			redirect(request, response, LOGIN);
		}
		else {
			pages.commence(request, response, ex);
		}
	}

	/** Redirects the browser to {@code path} of this application, the whole page even under htmx. */
	static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
		String target = request.getContextPath() + path;
		if (isHtmx(request)) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		}
		else {
			response.sendRedirect(target);
		}
	}

	private static boolean isHtmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}
}
