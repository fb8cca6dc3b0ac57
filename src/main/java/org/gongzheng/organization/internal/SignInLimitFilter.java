package org.gongzheng.organization.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;

import org.gongzheng.shared.web.FilterProblems;

/**
 * Refuses a sign-in that {@link SignInLimit} has paused before the password is checked, so that
 * even the right password is not confirmed while guessing goes on. Every other attempt is counted
 * while its password is checked, and is a failure unless it signs in. The sign-in form is shown again
 * saying until when; an API call is answered 429 with Retry-After. One instance serves the form's
 * filter chain, another the API's.
 */
final class SignInLimitFilter extends OncePerRequestFilter {

	private final SignInLimit limit;

	private final boolean api;

	private final FilterProblems problems;

	private final ApplicationEventPublisher events;

	private SignInLimitFilter(SignInLimit limit, boolean api, FilterProblems problems, ApplicationEventPublisher events) {
		this.limit = limit;
		this.api = api;
		this.problems = problems;
		this.events = events;
	}

	/** For the sign-in form, posted to {@code /login}. */
	static SignInLimitFilter form(SignInLimit limit, FilterProblems problems, ApplicationEventPublisher events) {
		return new SignInLimitFilter(limit, false, problems, events);
	}

	/** For HTTP Basic on API calls. */
	static SignInLimitFilter basic(SignInLimit limit, FilterProblems problems, ApplicationEventPublisher events) {
		return new SignInLimitFilter(limit, true, problems, events);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String account = attemptedAccount(request);
		if (account != null && !api) {
			account = AccountNames.asSignedIn(account);
			request = new SigningInAs(request, account);
		}
		SignInLimit.Attempt attempt = account == null ? SignInLimit.Attempt.UNCOUNTED
				: limit.begin(account, request.getRemoteAddr());
		Optional<SignInLimit.Pause> pause = attempt.pause();
		if (pause.isEmpty()) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (attempt.id() != null) {
					if (signedInAs(account)) {
						limit.succeeded(attempt);
					}
					else {
						limit.failed(attempt);
					}
				}
			}
			return;
		}
		// Recorded as the failed sign-in it is, by the account tried, like a wrong password; a
		// locked-account failure does not count towards the limit itself.
		UsernamePasswordAuthenticationToken refused = UsernamePasswordAuthenticationToken.unauthenticated(account, null);
		refused.setDetails(new WebAuthenticationDetails(request));
		events.publishEvent(new AuthenticationFailureLockedEvent(refused,
				new LockedException("Sign-ins paused after repeated wrong passwords")));
		if (api) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(pause.get().secondsLeft()));
			problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "error.signInPaused", pause.get().until());
			return;
		}
		FlashMap shown = new FlashMap();
		shown.put("pausedUntil", pause.get().until());
		SignInFailed.showAgain(request, response, account, shown);
		response.sendRedirect(request.getContextPath() + SignInAgain.LOGIN + "?paused");
	}

	/**
	 * Whether the filters after this one signed the request in as the account tried: the form's or
	 * Basic's, which leave the signed-in account in the security context until the request is done
	 * (a failed attempt clears it).
	 */
	private static boolean signedInAs(String account) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
				&& signedIn.getName().equalsIgnoreCase(account.trim());
	}

	/**
	 * The sign-in form's request with the account name as {@link AccountNames} reads it, so that
	 * finding the account, recording the attempt in the audit log (where the officer's own history
	 * looks for it) and counting it all see one name, however it was typed.
	 */
	private static final class SigningInAs extends HttpServletRequestWrapper {

		private final String account;

		SigningInAs(HttpServletRequest request, String account) {
			super(request);
			this.account = account;
		}

		@Override
		public String getParameter(String name) {
			return "username".equals(name) ? account : super.getParameter(name);
		}
	}

	/** The account a request tries to sign in as, or null when it is not a sign-in. */
	private String attemptedAccount(HttpServletRequest request) {
		if (!api) {
			boolean signIn = HttpMethod.POST.matches(request.getMethod())
					&& (request.getContextPath() + SignInAgain.LOGIN).equals(request.getRequestURI());
			return signIn ? request.getParameter("username") : null;
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			// Not Base64: the Basic filter refuses it as it always has.
			return null;
		}
	}
}
