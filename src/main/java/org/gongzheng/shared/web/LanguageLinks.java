package org.gongzheng.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The layout's 中文 / EN links: the page the user is on, with its query kept, so that switching
 * the language on a filtered list or its third page stays on that list and page. A link always
 * starts with {@code ?}, so what the query carries cannot make it point elsewhere; the layout
 * takes it through {@code th:with}, as Thymeleaf lets no link attribute call a bean itself.
 */
@Component("languageLinks")
public class LanguageLinks {

	/**
	 * A link relative to the current address: its query without any {@code lang}, then {@code lang}.
	 * A page shown for a POST (a form with its problems) or as an error keeps no query: the link
	 * leads to the page above the form's address, which needs none.
	 */
	public String to(String language) {
		String query = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getDispatcherType() == DispatcherType.REQUEST
				&& "GET".equals(attributes.getRequest().getMethod())) {
			query = attributes.getRequest().getQueryString();
		}
		Stream<String> kept = query == null ? Stream.empty()
				: Arrays.stream(query.split("&")).filter(part -> !part.isEmpty() && !part.startsWith("lang="));
		return Stream.concat(kept, Stream.of("lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&", "?", ""));
	}
}
