package org.gongzheng.organization.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.web.FilterProblems;

/**
 * Signs an API call in by a personal access token ({@code Authorization: Bearer gz_…}, see
 * {@link ApiTokens}). A call without one goes on to HTTP Basic; a token that does not sign in is
 * refused 401 at once rather than tried as anything else.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final FilterProblems problems;

	ApiTokenFilter(ApiTokens tokens, FilterProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokens.SignIn> signIn = tokens.signIn(header.substring(BEARER.length()).strip());
		if (signIn.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gongzheng\", error=\"invalid_token\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.apiToken");
			return;
		}
		SignedInOfficer officer = signIn.get().officer();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(officer,
				null, officer.getAuthorities());
		authentication.setDetails(signIn.get().token());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
