package org.gongzheng.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Whether a request is an API call, which is answered in problem+json and in its own language. */
final class ApiCalls {

	private ApiCalls() {
	}

	/**
	 * The address the caller asked for: the request's own, or, on the error page answering a
	 * refused request, the refused one (the error page's own address is {@code /error}).
	 */
	static String address(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String refused ? refused
				: request.getRequestURI();
	}

	static boolean isApiCall(HttpServletRequest request) {
		return address(request).startsWith(request.getContextPath() + "/api/");
	}
}
