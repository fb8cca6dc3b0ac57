package org.gongzheng.organization.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.web.FilterProblems;

/**
 * An officer whose password an administrator set (a new account, a reset) replaces it before
 * anything else: pages lead to the change form, API calls other than the change itself (and
 * reading who one is) are refused 403 saying so. Signing out, the sign-in page, static files and
 * the health check stay open.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PAGE = "/account/password";

	static final String CHANGE_API = "/api/v1/me/password";

	private static final Set<String> OPEN_PAGES = Set.of(CHANGE_PAGE, "/logout", SignInAgain.LOGIN, "/error");

	private final boolean api;

	private final FilterProblems problems;

	private PasswordChangeRequiredFilter(boolean api, FilterProblems problems) {
		this.api = api;
		this.problems = problems;
	}

	static PasswordChangeRequiredFilter pages() {
		return new PasswordChangeRequiredFilter(false, null);
	}

	static PasswordChangeRequiredFilter api(FilterProblems problems) {
		return new PasswordChangeRequiredFilter(true, problems);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean mustChange = SignedInOfficer.current().map(SignedInOfficer::passwordChangeRequired).orElse(false);
		String path = StaticFiles.path(request);
		if (!mustChange || open(request, path)) {
			chain.doFilter(request, response);
		}
		else if (api) {
			problems.write(request, response, HttpStatus.FORBIDDEN, "account.passwordChangeRequired");
		}
		else if (request.getHeader("HX-Request") != null) {
			// A part the change page itself asks for (the queue count in the menu): leading the page
			// to itself again would reload it for ever.
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		else {
			response.sendRedirect(request.getContextPath() + CHANGE_PAGE + "?required");
		}
	}

	private boolean open(HttpServletRequest request, String path) {
		if (api) {
			return path.equals(CHANGE_API) || (path.equals("/api/v1/me") && HttpMethod.GET.matches(request.getMethod()));
		}
		return OPEN_PAGES.contains(path) || path.startsWith("/actuator/health") || StaticFiles.asked(request);
	}
}
