package org.gongzheng.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's error endpoint, which answers what the container or the security firewall refused before
 * any controller ran (a TRACE request, a path with a {@code ;} parameter or an encoded dot-dot):
 * a browser gets the error page, and anyone else problem+json with a message code and the caller's
 * language, like every other API refusal, instead of Boot's timestamp map in English; at a page's
 * address too, where a script or an integration may call by mistake. Both name
 * the refused method of a 405, or the reason a filter gave through {@link PageRefusals}. After a
 * file has started to leave, neither answers anything. Without a web server (the verify-audit
 * command) there is no error endpoint to replace.
 */
@Controller
@ConditionalOnWebApplication
class ErrorEndpoint extends BasicErrorController {

	private final ErrorAttributes errorAttributes;

	private final FilterProblems problems;

	private final Messages messages;

	ErrorEndpoint(ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> viewResolvers,
			FilterProblems problems, Messages messages) {
		super(errorAttributes, web.getError(), viewResolvers.orderedStream().toList());
		this.errorAttributes = errorAttributes;
		this.problems = problems;
		this.messages = messages;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (response.isCommitted()) {
			return null;
		}
		ModelAndView page = super.errorHtml(request, response);
		if (page != null) {
			// Boot's attributes say 999 where no error was dispatched; the page speaks of the status it answers with.
			page.addObject("status", getStatus(request).value());
		}
		String method = refusedMethod(request);
		String code = PageRefusals.code(request);
		String refusal = method != null ? messages.get("error.methodNotAllowed", method)
				: code != null ? messages.get(code) : null;
		if (page != null && refusal != null) {
			page.addObject("refusal", refusal);
			page.addObject("refusalCode", code);
			PageRefusals.announce(response, refusal);
		}
		return page;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (alreadySending()) {
			return null;
		}
		HttpStatus status = getStatus(request);
		String method = refusedMethod(request);
		if (method != null) {
			return problem(request, status, "error.methodNotAllowed", method);
		}
		if (errorAttributes.getError(new ServletWebRequest(request)) instanceof HttpMediaTypeNotSupportedException unsupported) {
			return problem(request, status, "error.unsupportedMediaType", ApiExceptionHandler.sentAndAccepted(unsupported));
		}
		String code = PageRefusals.code(request);
		return problem(request, status, code != null ? code : FilterProblems.codeFor(status));
	}

	/**
	 * The error endpoint opened as an address of its own carries no error: there is nothing at that
	 * address, rather than a server error.
	 */
	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND
				: super.getStatus(request);
	}

	/**
	 * A failure in the middle of a file already being sent, such as a long Excel record whose
	 * database went away: nothing can be added to the file, and the container cuts the connection
	 * short, so the client sees an unfinished download. Writing an answer would only fail again.
	 */
	private static boolean alreadySending() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getResponse() != null && attributes.getResponse().isCommitted();
	}

	/** The method a 405 refused: the error page is dispatched as GET, but Servlet 6.1 keeps the original. */
	private String refusedMethod(HttpServletRequest request) {
		return getStatus(request) == HttpStatus.METHOD_NOT_ALLOWED
				&& request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String method ? method : null;
	}

	private ResponseEntity<Map<String, Object>> problem(HttpServletRequest request, HttpStatus status, String code,
			Object... arguments) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problems.problem(request, status, code, arguments));
	}
}
