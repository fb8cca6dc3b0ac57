package org.gongzheng.audit.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.gongzheng.organization.SignedInOfficer;

/** Who did something and from where, as the audit log records it. */
record Actor(String name, Long unitId, String clientAddress) {

	static final String SYSTEM = "system";

	static Actor current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	static Actor of(Authentication authentication) {
		String client = requestAddress();
		if (authentication == null) {
			return new Actor(SYSTEM, null, client);
		}
		if (authentication.getPrincipal() instanceof SignedInOfficer officer) {
			return new Actor(officer.getUsername(), officer.unitId(), client);
		}
		String name = authentication.getName();
		return new Actor(name == null || name.isBlank() ? SYSTEM : truncate(name, 64), null, client);
	}

	/** Whether the current web request is a HEAD, whose answer carries no body. */
	static boolean askedOnlyForHeaders() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& "HEAD".equals(attributes.getRequest().getMethod());
	}

	private static String requestAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return null;
	}

	static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
