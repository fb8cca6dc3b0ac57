package org.gongzheng.shared.web;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.gongzheng.shared.error.InvalidInputException;

/**
 * Refuses an API call carrying a parameter its address does not read, naming the ones it does.
 * A misspelt filter ({@code ?stauts=OPEN}, {@code ?keyword=} for {@code ?q=}) used to be ignored,
 * so the caller got the whole list and took it for the filtered one; JSON bodies are refused on an
 * unknown field for the same reason. Pages are left alone: their links carry the language switch
 * and whatever the page before them had, and a person sees what the page shows.
 */
@Configuration(proxyBeanMethods = false)
class KnownParametersGuard implements WebMvcConfigurer {

	/** Read on every address: the language switch, and the CSRF token a page's script may send along. */
	private static final Set<String> EVERYWHERE = Set.of("lang", "_csrf");

	/** Worked out once per handler method; the set of methods is fixed at startup. */
	private final Map<Method, Optional<Set<String>>> known = new ConcurrentHashMap<>();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod method && ApiCalls.isApiCall(request)
						&& method.getBeanType().isAnnotationPresent(RestController.class)
						&& !formSentForJson(request, method)) {
					known.computeIfAbsent(method.getMethod(), m -> KnownParameters.of(method))
						.ifPresent(names -> refuseUnknown(request, names));
				}
				return true;
			}
		});
	}

	/**
	 * A form or multipart body sent where the address reads a JSON body (curl's {@code -d} sends
	 * JSON as a form): its "parameters" are the body, which is refused as a type the address does
	 * not read (415) when Spring comes to read it, rather than as unknown parameters named after
	 * the JSON the caller wrote.
	 */
	private static boolean formSentForJson(HttpServletRequest request, HandlerMethod method) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		String lower = type.toLowerCase(Locale.ROOT);
		return (lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || lower.startsWith("multipart/"))
				&& Arrays.stream(method.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
	}

	private static void refuseUnknown(HttpServletRequest request, Set<String> names) {
		String listed = String.join(", ", names);
		List<InvalidInputException.FieldProblem> problems = request.getParameterMap().keySet().stream()
			.filter(name -> !EVERYWHERE.contains(name) && !names.contains(name))
			.sorted()
			.map(name -> names.isEmpty()
					? new InvalidInputException.FieldProblem(name, "error.parameter.none", new Object[0])
					: new InvalidInputException.FieldProblem(name, "error.parameter.unknown", new Object[] { listed }))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.parameters.unknown", problems);
		}
	}
}
