package org.gongzheng.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.gongzheng.shared.PrintableText;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.time.PlausibleDates;

/**
 * What a value the API could not read must be, in the caller's language: a query or path value
 * Spring could not convert, or a body's value Jackson could not map. Kept apart from
 * {@link ApiExceptionHandler}, which decides the answer's status and shape.
 */
@Component
class ValueMessages {

	private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
			short.class, Short.class);

	private static final Set<Class<?>> YES_OR_NO = Set.of(boolean.class, Boolean.class);

	private final Messages messages;

	private final OverflowingNumbers overflowing;

	ValueMessages(Messages messages, OverflowingNumbers overflowing) {
		this.messages = messages;
		this.overflowing = overflowing;
	}

	/**
	 * A query value bound to a method parameter; digits too many for their type are told the
	 * parameter's limits, since "must be a whole number" would puzzle whoever sent one.
	 */
	String ofParameter(MethodParameter parameter, Class<?> type, Object value) {
		return OverflowingNumbers.overflows(type, value) ? overflowing.ofParameter(parameter, type, (String) value)
				: ofText(type);
	}

	/**
	 * A query value bound to a property of an object ({@code owner}, null where the binder did not
	 * say), whose constraints tell the limits of digits too many for their type.
	 */
	String ofProperty(Class<?> owner, String property, Class<?> type, Object value) {
		return OverflowingNumbers.overflows(type, value) ? overflowing.ofProperty(owner, property, type, (String) value)
				: ofText(type);
	}

	/**
	 * What a query or path value must be, by the type it could not be read as. Unlike a body's
	 * value it is always text, so a yes/no or a number is not told to leave out quotes.
	 */
	private String ofText(Class<?> type) {
		if (type != null && WHOLE_NUMBERS.contains(type)) {
			return messages.get("error.field.wholeNumber");
		}
		if (type != null && YES_OR_NO.contains(type)) {
			return messages.get("error.field.yesOrNo.parameter");
		}
		if (isNumber(type)) {
			return messages.get("error.field.number.parameter");
		}
		return formatMessage(type);
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
	String ofBodyValue(JacksonException unmapped) {
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
			return overflowing.ofBodyValue(coercion);
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
}
