package org.gongzheng.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request whose parameters the container cannot read (a form over the size limit, too
 * many fields, broken percent-encoding in the form or the query) before anything else touches it.
 * The container keeps the failure and throws it again to whoever asks for a parameter next: first
 * the CSRF check, then the error page itself, so the user got the container's bare English page
 * and the log two stack traces. Here the failure is met once: the API gets problem+json, a page
 * gets the error page in the user's language.
 */
@Component
class UnreadableParametersGuard extends OncePerRequestFilter implements Ordered {

	/** After the character encoding is set (parameters are decoded only once), before security. */
	private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	private final FilterProblems problems;

	private final DataSize formLimit;

	UnreadableParametersGuard(FilterProblems problems,
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit) {
		this.problems = problems;
		this.formLimit = formLimit;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	/**
	 * Uploads are left to the multipart resolver, whose size refusal names the file; reading their
	 * parameters here would parse every part before security has looked at the request.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return MediaType.MULTIPART_FORM_DATA.isCompatibleWith(contentType(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException unreadable) {
			refuse(request, response, tooLarge(unreadable) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus refused)
			throws ServletException, IOException {
		String code = refused == HttpStatus.CONTENT_TOO_LARGE ? "error.form.tooLarge" : "error.badRequest";
		if (ApiCalls.isApiCall(request)) {
			problems.write(request, response, refused, code, FilterProblems.shown(formLimit));
		}
		else {
			page(request, response, refused, problems.message(request, code, FilterProblems.shown(formLimit)));
		}
	}

	/** Tomcat says which failures are about size: a form over the limit, with or without a length. */
	private static boolean tooLarge(IllegalStateException unreadable) {
		return unreadable instanceof InvalidParameterException invalid
				&& invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
	}

	/** The error page, reached as a plain GET that has no parameters for anyone to fail on again. */
	private static void page(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String message) throws ServletException, IOException {
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.setAttribute("refusal", message);
		response.setStatus(status.value());
		PageRefusals.announce(response, message);
		request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		}
		catch (IllegalArgumentException unparsable) {
			return null;
		}
	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.emptyMap();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}
	}
}
