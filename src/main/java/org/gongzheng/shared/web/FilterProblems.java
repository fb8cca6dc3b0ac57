package org.gongzheng.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/**
 * Problem details written by servlet filters (sign-in, unreadable parameters), which answer before
 * any controller advice can: the same fields, codes and language as the API's other refusals.
 */
@Component
public class FilterProblems {

	private final Messages messages;

	private final LocaleResolver locales;

	private final ObjectMapper json;

	FilterProblems(Messages messages, LocaleResolver locales, ObjectMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/** A size limit as a refusal names it: "2 MB". */
	static String shown(DataSize size) {
		return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
	}

	/** The language the request's page or API call speaks. */
	Locale locale(HttpServletRequest request) {
		return locales.resolveLocale(request);
	}

	/** The message in the language the request's page or API call speaks. */
	public String message(HttpServletRequest request, String code, Object... arguments) {
		return messages.get(locale(request), code, arguments);
	}

	/** The problem whose detail is the message {@code code} with its arguments. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			Object... arguments) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem(request, status, code, arguments));
	}

	/** The problem {@link #write} would write, as text. */
	String json(HttpServletRequest request, HttpStatus status, String code) {
		return json.writeValueAsString(problem(request, status, code));
	}

	/**
	 * The fields {@code ProblemDetail} has plus the message code, for answers written outside Spring
	 * MVC's advice; the detail is in the request's language, the instance the address it asked for.
	 */
	Map<String, Object> problem(HttpServletRequest request, HttpStatus status, String code, Object... arguments) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", message(request, code, arguments));
		problem.put("instance", ApiCalls.address(request));
		problem.put("code", code);
		return problem;
	}

	/** The message code for a refusal known only by its status, as the container or the firewall gives it. */
	static String codeFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			// Where the refused method is not known: the error page is dispatched as GET.
			case METHOD_NOT_ALLOWED -> "error.methodNotAllowed.unnamed";
			default -> status.is4xxClientError() ? "error.badRequest" : "error.unexpected";
		};
	}
}
