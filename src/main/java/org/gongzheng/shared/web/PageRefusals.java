package org.gongzheng.shared.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/**
 * Lets a filter that refuses a page say why: the error page is rendered after the filter has
 * returned, from the same request, so the reason travels as a request attribute.
 */
public final class PageRefusals {

	private static final String CODE = PageRefusals.class.getName() + ".code";

	private PageRefusals() {
	}

	/** Sends the error page for {@code status} explaining the refusal with the message {@code code}. */
	public static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		request.setAttribute(CODE, code);
		response.sendError(status.value());
	}

	/**
	 * Puts a refusal's message in the {@code X-Refusal} header too: htmx does not swap an error
	 * response into the page, and the page script shows this header as a notice instead.
	 */
	static void announce(HttpServletResponse response, String message) {
		response.setHeader("X-Refusal", URLEncoder.encode(message, StandardCharsets.UTF_8));
	}

	/** The message code a filter gave for this refusal, or {@code null}. */
	static String code(HttpServletRequest request) {
		return request.getAttribute(CODE) instanceof String code ? code : null;
	}
}
