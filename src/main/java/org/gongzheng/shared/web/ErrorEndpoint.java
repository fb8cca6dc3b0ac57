package org.gongzheng.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Boot's error endpoint, which answers what the container or the security firewall refused before
 * any controller ran (a TRACE request, a path with a {@code ;} parameter or an encoded dot-dot):
 * pages keep the error page, but under the API the answer is problem+json with a message code and
 * the caller's language, like every other API refusal, instead of Boot's timestamp map.
 */
@Controller
class ErrorEndpoint extends BasicErrorController {

	private final Messages messages;

	ErrorEndpoint(ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> viewResolvers,
			Messages messages) {
		super(errorAttributes, web.getError(), viewResolvers.orderedStream().toList());
		this.messages = messages;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!ApiCalls.isApiCall(request)) {
			return super.error(request);
		}
		HttpStatus status = getStatus(request);
		String code = FilterProblems.codeFor(status);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(FilterProblems.problem(status, code, messages.get(code), ApiCalls.address(request)));
	}
}
