package org.gongzheng.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The layout's 中文 / EN links: the page the user is on, with its query kept, so that switching
 * the language on a filtered list or its third page stays on that list and page. The layout takes
 * a link through {@code th:with}, as Thymeleaf lets no link attribute call a bean itself.
 */
@Component("languageLinks")
public class LanguageLinks {

	/**
	 * A link to the current page: its query without any {@code lang}, then {@code lang}. It starts
	 * with {@code ?}, so what the query carries cannot make it point elsewhere. A form shown again
	 * with its problems is at the address it was posted to, which shows no page; its link leads to
	 * the page the form was on (the referring page of this site), where the browser fills the form
	 * in again (kept-forms.js). Without a usable referrer it keeps no query and leads to the form's
	 * address, which redirects to the page above it.
	 */
	public String to(String language) {
		return to(language, null);
	}

	/**
	 * As {@link #to(String)}, for a form shown again with a file kept from its last attempt
	 * ({@link KeptUploads}): a browser cannot carry a file across the switch, so the link names the
	 * kept file's token ({@code keptFile}) for the form's page to show it again.
	 */
	public String to(String language, String keptFile) {
		HttpServletRequest request = page();
		if (request == null) {
			return withLanguage("", null, language);
		}
		if (shownForAPost(request)) {
			URI formPage = formPage(request);
			if (formPage == null) {
				return withLanguage("", null, language);
			}
			String query = formPage.getRawQuery();
			if (keptFile != null && KeptUploads.TOKEN.matcher(keptFile).matches()) {
				String others = query == null ? "" : Arrays.stream(query.split("&"))
					.filter(part -> !part.isEmpty() && !part.startsWith("keptFile="))
					.collect(Collectors.joining("&"));
				query = (others.isEmpty() ? "" : others + "&") + "keptFile=" + keptFile;
			}
			return withLanguage(formPage.getRawPath(), query, language);
		}
		return withLanguage("", "GET".equals(request.getMethod()) ? request.getQueryString() : null, language);
	}

	/** Whether the page is a form shown again for a POST, whose typed values the switch carries. */
	public boolean carriesForm() {
		HttpServletRequest request = page();
		return request != null && shownForAPost(request);
	}

	/** The request the page answers; none for an error page, whose dispatch is not the request's own. */
	private static HttpServletRequest page() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getDispatcherType() == DispatcherType.REQUEST ? attributes.getRequest() : null;
	}

	private static boolean shownForAPost(HttpServletRequest request) {
		return "POST".equals(request.getMethod());
	}

	/** The page of this site the form was posted from, if the browser said so and it is not the form's own address. */
	private static URI formPage(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return null;
		}
		try {
			URI page = new URI(referer);
			String path = page.getRawPath();
			boolean thisSite = page.getHost() != null && page.getHost().equalsIgnoreCase(request.getServerName());
			boolean aPage = path != null && path.startsWith("/") && !path.startsWith("//")
					&& !path.equals(request.getRequestURI());
			return thisSite && aPage ? page : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String withLanguage(String path, String query, String language) {
		Stream<String> kept = query == null ? Stream.empty()
				: Arrays.stream(query.split("&")).filter(part -> !part.isEmpty() && !part.startsWith("lang="));
		return Stream.concat(kept, Stream.of("lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&", path + "?", ""));
	}
}
