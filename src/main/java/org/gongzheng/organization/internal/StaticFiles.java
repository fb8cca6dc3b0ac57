package org.gongzheng.organization.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** The scripts, styles and images a page loads: open to all, and saying nothing about who asks. */
final class StaticFiles {

	private static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/images/", "/favicon");

	private StaticFiles() {
	}

	static boolean asked(HttpServletRequest request) {
		String path = path(request);
		return PREFIXES.stream().anyMatch(path::startsWith);
	}

	/** The request's address within the application. */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
