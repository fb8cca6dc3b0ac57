package org.gongzheng.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongzheng.shared.error.DomainException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.time.PlausibleDates;

/**
 * Turns refusals raised while serving a page into an error page that explains them. Form
 * controllers catch field problems themselves and show them inline; what arrives here is a
 * refusal of the whole request (not found, forbidden, changed meanwhile).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnWebApplication
public class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final Messages messages;

	private final FormAddresses formAddresses;

	PageExceptionHandler(Messages messages, FormAddresses formAddresses) {
		this.messages = messages;
		this.formAddresses = formAddresses;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException ex, HttpServletResponse response) {
		return page(ex.status(), message(ex), response);
	}

	/**
	 * Field problems that reach the error page had no form to be shown beside (a month or a year
	 * in the address), so the page names each field with its problem instead of the usual summary,
	 * which points at messages below the fields.
	 */
	private String message(DomainException ex) {
		if (ex instanceof InvalidInputException invalid && "error.invalid".equals(ex.messageCode())
				&& !invalid.fieldProblems().isEmpty()) {
			return invalid.fieldProblems().stream()
				.map(problem -> messages.get("error.field.problem", problem.field(), messages.of(problem)))
				.distinct()
				.collect(Collectors.joining(" "));
		}
		return messages.of(ex);
	}

	/**
	 * A lost optimistic race, and also a lock PostgreSQL refused (a deadlock between two
	 * transactions on one case, say, when one ends the case while the other's last signature
	 * files a decision): either way the transaction rolled back and a retry will see the change.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ModelAndView concurrentChange(HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, messages.get("error.concurrent"), response);
	}

	/**
	 * A constraint the service did not foresee (two writes racing past its checks): the transaction
	 * is rolled back, so nothing was half-saved, and the user is told so rather than shown a 500.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	Object integrity(DataIntegrityViolationException ex, HttpServletRequest request, HttpServletResponse response) {
		if (NulCharacter.refused(ex)) {
			return refusal(HttpStatus.BAD_REQUEST, "error.nulCharacter", request, response);
		}
		log.warn("Integrity violation reached a page", ex);
		return refusal(HttpStatus.CONFLICT, "error.integrity", request, response);
	}

	/**
	 * An upload over the container's limit fails while the request is read, before any controller
	 * is chosen, so this global advice answers it: problem+json for the API, the error page otherwise.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return refusal(HttpStatus.CONTENT_TOO_LARGE, "error.upload.tooLarge", request, response);
	}

	/**
	 * A multipart body that ends before its closing boundary (a hand-made request): the resolver
	 * fails before any controller is chosen. An upload over the limit has its own answer above.
	 */
	@ExceptionHandler(MultipartException.class)
	Object unreadableMultipart(HttpServletRequest request, HttpServletResponse response) {
		return refusal(HttpStatus.BAD_REQUEST, "error.badRequest", request, response);
	}

	/** An address nothing answers: a problem detail under the API like every other API error. */
	@ExceptionHandler(NoResourceFoundException.class)
	Object nothingHere(HttpServletRequest request, HttpServletResponse response) {
		return refusal(HttpStatus.NOT_FOUND, "error.notFound", request, response);
	}

	/**
	 * A method the address does not take, with the ones it does; a problem detail under the API.
	 * A page asked of a form's address (the language switched on a form shown again with its
	 * problems) goes to the page the form is on, in the language asked for.
	 */
	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		if (!ApiCalls.isApiCall(request) && ("GET".equals(ex.getMethod()) || "HEAD".equals(ex.getMethod()))) {
			Optional<String> page = formAddresses.pageAbove(request);
			if (page.isPresent()) {
				String language = request.getParameter("lang");
				return new ModelAndView("redirect:" + page.get()
						+ (language == null ? "" : "?lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8)));
			}
		}
		if (ex.getSupportedHttpMethods() != null) {
			response.setHeader(HttpHeaders.ALLOW, ex.getSupportedHttpMethods().stream().map(HttpMethod::name)
				.collect(Collectors.joining(", ")));
		}
		return refusal(HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed",
				messages.get("error.methodNotAllowed", ex.getMethod()), request, response);
	}

	/**
	 * An address that answers in one format only (a document's HTML, a PDF) asked for another: the
	 * choice is made before a controller is, so this global advice names the formats it has.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String formats = ex.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
		return refusal(HttpStatus.NOT_ACCEPTABLE, "error.notAcceptable", messages.get("error.notAcceptable", formats),
				request, response);
	}

	/**
	 * A page address with a value its controller cannot read. A path segment that is not an id
	 * (or not a known action) names nothing, so the page is "not found"; a query parameter is the
	 * user's input (often a hand-edited filter), so the answer names the parameter and its value.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView unreadableValue(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return page(HttpStatus.NOT_FOUND, messages.get("error.notFound"), response);
		}
		return page(HttpStatus.BAD_REQUEST, parameterMessage(ex.getName(), ex.getValue(), ex.getRequiredType()),
				response);
	}

	/**
	 * A filter object bound from the query, or a form field its page has no place to show an error
	 * for (a hidden version, in a hand-made request): each unreadable value named. Text holding NUL
	 * or another control character is not echoed, since nobody can see the character.
	 */
	@ExceptionHandler(BindException.class)
	ModelAndView unreadableFilter(BindException ex, HttpServletResponse response) {
		String message = ex.getFieldErrors().stream()
			.map(error -> NulCharacter.heldBy(error.getRejectedValue()) ? messages.get("error.nulCharacter")
					: InvalidInputException.CONTROL_CHARACTER.equals(error.getCode())
							? messages.get("error.field.problem", error.getField(), messages.of(error))
							: parameterMessage(error.getField(), error.getRejectedValue(), requiredType(error)))
			.distinct()
			.collect(Collectors.joining(" "));
		return page(HttpStatus.BAD_REQUEST, message.isEmpty() ? messages.get("error.badRequest") : message, response);
	}

	/** A date names the years it may lie in, since a well-formed one can still be refused for its year. */
	private String parameterMessage(String name, Object value, Class<?> type) {
		return messages.get(PlausibleDates.holds(type) ? "error.parameter.date" : "error.parameter", name,
				shortened(value));
	}

	private static Class<?> requiredType(FieldError error) {
		return error.contains(TypeMismatchException.class) ? error.unwrap(TypeMismatchException.class).getRequiredType()
				: null;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingValue(MissingServletRequestParameterException ex, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, messages.get("error.parameter.missing", ex.getParameterName()), response);
	}

	/** A value as it was sent, cut short; one sent several times reads as the values joined by commas. */
	private static String shortened(Object value) {
		String text = value instanceof String[] values ? String.join(",", values) : String.valueOf(value);
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	private Object refusal(HttpStatus status, String code, HttpServletRequest request, HttpServletResponse response) {
		return refusal(status, code, messages.get(code), request, response);
	}

	private Object refusal(HttpStatus status, String code, String message, HttpServletRequest request,
			HttpServletResponse response) {
		if (ApiCalls.isApiCall(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setProperty("code", code);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return page(status, message, response);
	}

	private static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("refusal", message);
		PageRefusals.announce(response, message);
		return page;
	}
}
