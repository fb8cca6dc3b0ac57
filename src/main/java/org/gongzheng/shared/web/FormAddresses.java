package org.gongzheng.shared.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The page a form's address belongs to. A form shown again with its problems stays at the address
 * it was posted to (say {@code /approvals/360/sign}), which takes only POST: switching the language
 * there, or pressing Enter in the address bar, would ask it for a page. The page is the nearest
 * address above it that shows one ({@code /approvals/360}).
 */
@Component
@ConditionalOnWebApplication
class FormAddresses {

	private final RequestMappingHandlerMapping mappings;

	FormAddresses(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/** The nearest address above the request's that answers GET with a page; empty if none does. */
	Optional<String> pageAbove(HttpServletRequest request) {
		String address = request.getRequestURI().substring(request.getContextPath().length());
		List<PathPattern> pages = pagePatterns();
		for (int cut = address.lastIndexOf('/'); cut > 0; cut = address.lastIndexOf('/', cut - 1)) {
			String above = address.substring(0, cut);
			PathContainer path = PathContainer.parsePath(above);
			if (pages.stream().anyMatch(page -> page.matches(path))) {
				return Optional.of(above);
			}
		}
		return Optional.empty();
	}

	/** Looked up each time: this runs only for a mistaken GET, and keeps no state to go stale. */
	private List<PathPattern> pagePatterns() {
		return mappings.getHandlerMethods()
			.keySet()
			.stream()
			.filter(FormAddresses::showsAPage)
			.flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
			.filter(pattern -> !pattern.getPatternString().startsWith("/api/"))
			.toList();
	}

	private static boolean showsAPage(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return (methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getPathPatternsCondition() != null
				&& info.getParamsCondition().getExpressions().isEmpty();
	}
}
