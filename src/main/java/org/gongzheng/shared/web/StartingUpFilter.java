package org.gongzheng.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The port answers before the application is ready: the demo data (and its accounts) are written
 * after the web server starts, so a first sign-in in that minute was refused as a wrong password.
 * Until Boot reports the application ready to take traffic, every request gets 503 with
 * Retry-After, saying in both languages that it is starting; the page reloads itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUpFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 10;

	private final ApplicationAvailability availability;

	private final MessageSource messages;

	StartingUpFilter(ApplicationAvailability availability, MessageSource messages) {
		this.availability = availability;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Health probes report the state themselves.
		return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
				|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			Locale locale = request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
					+ "\"code\":\"startup.notReady\",\"detail\":\""
					+ jsonText(messages.getMessage("startup.notReady.api", null, locale)) + "\"}");
			return;
		}
		String zh = messages.getMessage("startup.notReady", null, Locale.SIMPLIFIED_CHINESE);
		String en = messages.getMessage("startup.notReady", null, Locale.ENGLISH);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		String name = messages.getMessage("app.name", null, Locale.SIMPLIFIED_CHINESE) + " · "
				+ messages.getMessage("app.name", null, Locale.ENGLISH);
		response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="utf-8">
				<meta http-equiv="refresh" content="%d">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title></head>
				<body style="font-family: sans-serif; margin: 3rem auto; max-width: 40rem; padding: 0 1rem">
				<h1 style="font-size: 1.4rem">%s</h1>
				<p id="starting-up">%s</p>
				<p lang="en">%s</p>
				</body></html>
				""".formatted(RETRY_AFTER_SECONDS, HtmlUtils.htmlEscape(name), HtmlUtils.htmlEscape(name), HtmlUtils.htmlEscape(zh),
				HtmlUtils.htmlEscape(en)));
	}

	private static String jsonText(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
