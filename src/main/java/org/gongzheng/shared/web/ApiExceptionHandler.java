package org.gongzheng.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.gongzheng.shared.error.DomainException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Every API error is an RFC 9457 problem detail. Validation problems carry an {@code errors}
 * array with one entry per field, so clients can show each message next to its input.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	static final URI VALIDATION_TYPE = URI.create("urn:gongzheng:problem:validation");

	private final Messages messages;

	private final ValueMessages values;

	public ApiExceptionHandler(Messages messages, ValueMessages values) {
		this.messages = messages;
		this.values = values;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Object> domain(DomainException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), messages.of(ex));
		problem.setProperty("code", ex.messageCode());
		if (ex instanceof InvalidInputException invalid) {
			problem.setType(VALIDATION_TYPE);
			List<Map<String, String>> errors = invalid.fieldProblems().stream()
				.map(p -> Map.of("field", p.field(), "message", messages.get(p.messageCode(), p.arguments())))
				.toList();
			problem.setProperty("errors", errors);
		}
		return problem(problem);
	}

	/**
	 * A lost optimistic race, and also a lock PostgreSQL refused (a deadlock between two
	 * transactions on one case, say, when one ends the case while the other's last signature
	 * files a decision): either way the transaction rolled back and a retry will see the change.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<Object> concurrentChange(ConcurrencyFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.get("error.concurrent"));
		problem.setProperty("code", "error.concurrent");
		return problem(problem);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex) {
		if (NulCharacter.refused(ex)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.get("error.nulCharacter"));
			problem.setProperty("code", "error.nulCharacter");
			return problem(problem);
		}
		logger.warn("Integrity violation reached the API boundary", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.get("error.integrity"));
		problem.setProperty("code", "error.integrity");
		return problem(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> denied(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
		problem.setProperty("code", "error.forbidden");
		return problem(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraint(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations().stream()
			.map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
			.toList();
		return validationProblem(errors);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationProblem(errorsOf(ex.getBindingResult(), ex.getParameter().getNestedParameterType()));
	}

	/**
	 * A body's bean validation and the service's own checks answered together: a controller that
	 * takes the {@link BindingResult} adds what the service finds and throws it as it stands.
	 */
	@ExceptionHandler(BindException.class)
	ResponseEntity<Object> bound(BindException ex) {
		Object target = ex.getBindingResult().getTarget();
		return validationProblem(errorsOf(ex.getBindingResult(), target == null ? null : target.getClass()));
	}

	/** {@code owner}: the class bound, whose constraints tell the limits of a number too long for its field. */
	private List<Map<String, String>> errorsOf(BindingResult result, Class<?> owner) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", messageOf(error, owner)));
		}
		result.getGlobalErrors()
			.forEach(error -> errors.add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
		return errors;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		RequestBodyLimit.TooLarge tooLarge = tooLargeBodyIn(ex);
		if (tooLarge != null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					messages.get(RequestBodyLimit.TooLarge.CODE, tooLarge.limit()));
			problem.setProperty("code", RequestBodyLimit.TooLarge.CODE);
			return problem(problem);
		}
		// Well-formed JSON with a value of the wrong type, outside an enumeration or its number's range,
		// or holding NUL or another control character names the field.
		JacksonException unmapped = unmappedValueOf(ex);
		String field = unmapped == null ? null : fieldOf(unmapped);
		if (field != null) {
			return validationProblem(List.of(Map.of("field", field, "message", values.ofBodyValue(unmapped))));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("error.unreadable"));
		problem.setProperty("code", "error.unreadable");
		return problem(problem);
	}

	/**
	 * A body of a type the address does not read, named with the type it does read. Spring's own
	 * answer listed every type its readers claim, wildcards among them, and carried no code.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				messages.get("error.unsupportedMediaType", sentAndAccepted(ex)));
		problem.setProperty("code", "error.unsupportedMediaType");
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * The type sent and the types the address reads, for {@code error.unsupportedMediaType}. Also
	 * used by the error endpoint: where two methods share an address by the type they read (a
	 * material as JSON or as an upload), the type is refused before any method is chosen, and the
	 * answer comes from there.
	 */
	static Object[] sentAndAccepted(HttpMediaTypeNotSupportedException ex) {
		MediaType sent = ex.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM : ex.getContentType();
		String accepted = ex.getSupportedMediaTypes().stream()
			.filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
			.map(type -> type.getType() + "/" + type.getSubtype())
			.distinct()
			.collect(Collectors.joining(", "));
		return new Object[] { sent.getType() + "/" + sent.getSubtype(),
				accepted.isEmpty() ? MediaType.APPLICATION_JSON_VALUE : accepted };
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
					"message", String.valueOf(error.getDefaultMessage())))));
		return validationProblem(errors);
	}

	/**
	 * A query or path value of the wrong type or outside an enumeration: a message on that field.
	 * A path id too long for its type names nothing, so it is answered as any id nobody has.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
					&& OverflowingNumbers.overflows(ex.getRequiredType(), ex.getValue())) {
				return domain(new NotFoundException("error.notFound"));
			}
			return validationProblem(List.of(Map.of("field", mismatch.getName(), "message",
					values.ofParameter(mismatch.getParameter(), ex.getRequiredType(), ex.getValue()))));
		}
		String field = String.valueOf(ex.getPropertyName());
		return validationProblem(List.of(Map.of("field", field, "message",
				values.ofProperty(null, field, ex.getRequiredType(), ex.getValue()))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationProblem(
				List.of(Map.of("field", ex.getParameterName(), "message", messages.get("validation.required"))));
	}

	private ResponseEntity<Object> validationProblem(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("error.invalid"));
		problem.setType(VALIDATION_TYPE);
		problem.setProperty("code", "error.invalid");
		problem.setProperty("errors", errors);
		return problem(problem);
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * Bean validation messages arrive already interpolated from our bundles in the user's language;
	 * type-conversion failures (of query values bound to an object) have none of their own, so they
	 * get one saying what the value must be.
	 */
	private String messageOf(FieldError error, Class<?> owner) {
		if (error.isBindingFailure() && error.contains(TypeMismatchException.class)) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			return values.ofProperty(owner, error.getField(), mismatch.getRequiredType(), mismatch.getValue());
		}
		return error.isBindingFailure() || error.getDefaultMessage() == null ? messages.get("error.field.format")
				: error.getDefaultMessage();
	}

	/** The body sent in chunks past the cap, which the JSON reader met as a failure to read. */
	private static RequestBodyLimit.TooLarge tooLargeBodyIn(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof RequestBodyLimit.TooLarge tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	/** The value Jackson could not map, where it knows which one: a mismatch or a number out of range. */
	private static JacksonException unmappedValueOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if ((cause instanceof MismatchedInputException || cause instanceof InputCoercionException)
					&& !((JacksonException) cause).getPath().isEmpty()) {
				return (JacksonException) cause;
			}
		}
		return null;
	}

	/** The JSON path of the value Jackson could not map, as {@code links[0].role}; null if none. */
	private static String fieldOf(JacksonException unmapped) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : unmapped.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
