package org.gongzheng.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's last word on a request it refused before any filter or servlet ran, such as an address
 * with a bare {@code %}: instead of Tomcat's English report, problem+json under the API and a short
 * page elsewhere, both in the caller's language. Everything the application answered has a body
 * already (Boot's error page) and is left alone, as Tomcat's own valve leaves it.
 */
final class ContainerErrorReport extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ContainerErrorReport.class);

	private final FilterProblems problems;

	ContainerErrorReport(FilterProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		if (status == null || !status.isError() || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		try {
			String code = FilterProblems.codeFor(status);
			boolean api = ApiCalls.isApiCall(request);
			String body = api ? problems.json(request, status, code) : page(request, status, code);
			response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | RuntimeException ex) {
			// The client is gone or the answer cannot be written; Tomcat closes the connection either way.
			log.debug("Could not write the error report", ex);
		}
	}

	private String page(Request request, HttpStatus status, String code) {
		String language = problems.locale(request).toLanguageTag();
		String title = problems.message(request, "error.title");
		return """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · %s</title></head>
				<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
				<h1 style="font-size: 1.4rem; color: #b02a37">%s</h1>
				<p id="refusal">%s</p>
				<p style="color: #6c757d; font-size: .875rem">%s</p>
				<p><a href="%s/">%s</a></p>
				</body></html>
				""".formatted(language, escaped(title), escaped(problems.message(request, "app.name")), escaped(title),
				escaped(problems.message(request, code)), escaped(problems.message(request, "error.status", status.value())),
				escaped(contextPath(request)), escaped(problems.message(request, "error.home")));
	}

	private static String contextPath(Request request) {
		return request.getContext() != null ? request.getContextPath() : "";
	}

	private static String escaped(String text) {
		return HtmlUtils.htmlEscape(text);
	}
}
