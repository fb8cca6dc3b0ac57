package org.gongzheng.shared.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.gongzheng.shared.PrintableText;
import org.gongzheng.shared.error.DomainException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.time.PlausibleDates;

/**
 * Every API error is an RFC 9457 problem detail. Validation problems carry an {@code errors}
 * array with one entry per field, so clients can show each message next to its input.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	static final URI VALIDATION_TYPE = URI.create("urn:gongzheng:problem:validation");

	private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
			short.class, Short.class);

	private static final Set<Class<?>> YES_OR_NO = Set.of(boolean.class, Boolean.class);

	/** What each whole-number type can hold, so a value beyond it is answered with the range, not "wrong format". */
	private static final Map<Class<?>, WholeNumberRange> WHOLE_NUMBER_RANGES = Map.of(
			int.class, new WholeNumberRange(Integer.MIN_VALUE, Integer.MAX_VALUE),
			Integer.class, new WholeNumberRange(Integer.MIN_VALUE, Integer.MAX_VALUE),
			long.class, new WholeNumberRange(Long.MIN_VALUE, Long.MAX_VALUE),
			Long.class, new WholeNumberRange(Long.MIN_VALUE, Long.MAX_VALUE),
			short.class, new WholeNumberRange(Short.MIN_VALUE, Short.MAX_VALUE),
			Short.class, new WholeNumberRange(Short.MIN_VALUE, Short.MAX_VALUE));

	/** Digits that read as a whole number but for their size, as Spring's converter would read them. */
	private static final Pattern DIGITS = Pattern.compile("\\s*[+-]?[0-9]+\\s*");

	private final Messages messages;

	public ApiExceptionHandler(Messages messages) {
		this.messages = messages;
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
		return validationProblem(errorsOf(ex.getBindingResult()));
	}

	/**
	 * A body's bean validation and the service's own checks answered together: a controller that
	 * takes the {@link BindingResult} adds what the service finds and throws it as it stands.
	 */
	@ExceptionHandler(BindException.class)
	ResponseEntity<Object> bound(BindException ex) {
		return validationProblem(errorsOf(ex.getBindingResult()));
	}

	private List<Map<String, String>> errorsOf(BindingResult result) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", messageOf(error)));
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
			return validationProblem(List.of(Map.of("field", field, "message", valueMessage(unmapped))));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("error.unreadable"));
		problem.setProperty("code", "error.unreadable");
		return problem(problem);
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

	/** A query or path value of the wrong type or outside an enumeration: a message on that field. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		return validationProblem(
				List.of(Map.of("field", field, "message", parameterMessage(ex.getRequiredType(), ex.getValue()))));
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
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * Bean validation messages arrive already interpolated from our bundles in the user's language;
	 * type-conversion failures (of query values bound to an object) have none of their own, so they
	 * get one saying what the value must be.
	 */
	private String messageOf(FieldError error) {
		if (error.isBindingFailure() && error.contains(TypeMismatchException.class)) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			return parameterMessage(mismatch.getRequiredType(), mismatch.getValue());
		}
		return error.isBindingFailure() || error.getDefaultMessage() == null ? messages.get("error.field.format")
				: error.getDefaultMessage();
	}

	/**
	 * What a query or path value must be, by the type it could not be read as. Unlike a body's
	 * value it is always text, so a yes/no or a number is not told to leave out quotes; digits too
	 * many for their type are told the range, since "must be a whole number" would puzzle whoever
	 * sent one.
	 */
	private String parameterMessage(Class<?> type, Object value) {
		if (type != null && WHOLE_NUMBERS.contains(type)) {
			return value instanceof String text && DIGITS.matcher(text).matches()
					? between(WHOLE_NUMBER_RANGES.get(type)) : messages.get("error.field.wholeNumber");
		}
		if (type != null && YES_OR_NO.contains(type)) {
			return messages.get("error.field.yesOrNo.parameter");
		}
		if (isNumber(type)) {
			return messages.get("error.field.number.parameter");
		}
		return formatMessage(type);
	}

	private String between(WholeNumberRange range) {
		return messages.get("error.field.between", range.min(), range.max());
	}

	private static boolean isNumber(Class<?> type) {
		return type != null && (Number.class.isAssignableFrom(type) || type == double.class || type == float.class);
	}

	/**
	 * A value outside an enumeration is answered with the values it may take, since a caller cannot
	 * guess them from "invalid format"; a date or time with the form it takes; any other type
	 * mismatch gets the generic message.
	 */
	private String formatMessage(Class<?> type) {
		// A time without its offset is a common mistake of callers; the message shows the form wanted.
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return messages.get("error.field.instant");
		}
		if (type == LocalDate.class) {
			return messages.get("error.field.localDate");
		}
		if (PlausibleDates.holds(type)) {
			return messages.get("error.field.date");
		}
		if (type != null && type.isEnum()) {
			return messages.get("error.field.oneOf", Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", ")));
		}
		return messages.get("error.field.format");
	}

	/**
	 * A whole number is asked for with its own words: Jackson is told not to drop a fraction
	 * ({@code accept-float-as-int: false}), so 2.5 penalty points are refused, not taken as 2.
	 */
	private String valueMessage(JacksonException unmapped) {
		if (unmapped instanceof InvalidFormatException invalid && NulCharacter.heldBy(invalid.getValue())) {
			return messages.get(InvalidInputException.NUL_CHARACTER);
		}
		int unprintable = unmapped instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
				? PrintableText.firstUnprintable(text) : -1;
		if (unprintable >= 0) {
			return messages.get(InvalidInputException.CONTROL_CHARACTER, PrintableText.named(unprintable));
		}
		// Text of the right JSON type refused for what it holds: only half a surrogate pair is left.
		if (unmapped instanceof InvalidFormatException invalid && invalid.getValue() instanceof String
				&& invalid.getTargetType() == String.class) {
			return messages.get("error.field.halfSurrogate");
		}
		if (unmapped instanceof InputCoercionException coercion) {
			WholeNumberRange range = coercion.getTargetType() == null ? null
					: WHOLE_NUMBER_RANGES.get(coercion.getTargetType());
			return range == null ? messages.get("error.field.outOfRange") : between(range);
		}
		if (unmapped instanceof UnrecognizedPropertyException unknown) {
			return messages.get("error.field.unknown", unknown.getKnownPropertyIds() == null ? ""
					: unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
		}
		// Jackson may not know the type it was mapping to; Set.of would throw on null.
		Class<?> type = ((MismatchedInputException) unmapped).getTargetType();
		if (type != null && WHOLE_NUMBERS.contains(type)) {
			return messages.get("error.field.wholeNumber");
		}
		// Text such as "true" or "3.5" is refused where a yes/no or a number is expected; the message
		// says what to send, since the value looks right to whoever wrote it.
		if (type != null && YES_OR_NO.contains(type)) {
			return messages.get("error.field.yesOrNo");
		}
		if (isNumber(type)) {
			return messages.get("error.field.number");
		}
		// The wrong JSON type altogether (a number, an object or a list where text is expected, or the
		// reverse) is answered with the type the field takes; a caller reads "invalid format" as a typo.
		if (type == null) {
			return formatMessage(null);
		}
		if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
			return messages.get("error.field.text");
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return messages.get("error.field.array");
		}
		if (isJsonObject(type)) {
			return messages.get("error.field.object");
		}
		return formatMessage(type);
	}

	/**
	 * A type read from a JSON object: a map or one of the API's own records and classes. The JDK's
	 * own types (a date, a UUID) and enumerations are read from text and keep their own messages.
	 */
	private static boolean isJsonObject(Class<?> type) {
		if (Map.class.isAssignableFrom(type)) {
			return true;
		}
		return !type.isPrimitive() && !type.isEnum() && !PlausibleDates.holds(type)
				&& !type.getName().startsWith("java.");
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

	private record WholeNumberRange(long min, long max) {
	}
}
