package org.gongzheng.audit.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.gongzheng.organization.ApiTokenUse;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;

/**
 * Who did something and from where, as the audit log records it.
 *
 * @param token the access token an API call was signed in with, or null; the entry's details name it
 */
record Actor(String name, Long unitId, String clientAddress, ApiTokenUse token) {

	static final String SYSTEM = "system";

	static Actor current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	static Actor of(Authentication authentication) {
		String client = requestAddress();
		if (authentication == null) {
			return new Actor(SYSTEM, null, client, null);
		}
		if (authentication.getPrincipal() instanceof SignedInOfficer officer) {
			return new Actor(officer.getUsername(), officer.unitId(), client, ApiTokenUse.of(authentication).orElse(null));
		}
		String name = authentication.getName();
		return new Actor(name == null || name.isBlank() ? SYSTEM : truncate(name, 64), null, client, null);
	}

	/** The entry's details, followed by the access token when the call was signed in with one. */
	String detailsOf(AuditEvent event) {
		if (token == null) {
			return event.details();
		}
		return event.details() == null || event.details().isBlank() ? "[" + token + "]"
				: event.details() + " [" + token + "]";
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
