package org.gongzheng.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.MethodDescriptor;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;

/**
 * What to tell a caller whose whole number has too many digits for its field's Java type. The
 * type's range ("from -2147483648 to 2147483647") is no answer for a field that takes 1 to 500, or
 * no negatives: the caller would try a number the field refuses next. So the field's own Bean
 * Validation bounds answer, in the words the validator gives a number past them ({@code @Max}'s
 * message for a number too large, {@code @Min}'s for one too far below), and a field bounded only
 * on the other side is told the type's range narrowed by its bounds. A field with no bounds keeps
 * the type's range.
 */
@Component
class OverflowingNumbers {

	/** What each whole-number type can hold. */
	private static final Map<Class<?>, Bounds> TYPE_RANGES = Map.of(
			int.class, Bounds.of(Integer.MIN_VALUE, Integer.MAX_VALUE),
			Integer.class, Bounds.of(Integer.MIN_VALUE, Integer.MAX_VALUE),
			long.class, Bounds.of(Long.MIN_VALUE, Long.MAX_VALUE),
			Long.class, Bounds.of(Long.MIN_VALUE, Long.MAX_VALUE),
			short.class, Bounds.of(Short.MIN_VALUE, Short.MAX_VALUE),
			Short.class, Bounds.of(Short.MIN_VALUE, Short.MAX_VALUE));

	/** Digits that read as a whole number but for their size, as Spring's converter would read them. */
	private static final Pattern DIGITS = Pattern.compile("\\s*([+-]?[0-9]+)\\s*");

	/**
	 * The number as Jackson's refusal quotes it. Jackson keeps no other trace of it once the body is
	 * read; a number of a thousand characters or more is quoted by its length alone, without its
	 * sign, and is then told the type's range.
	 */
	private static final Pattern QUOTED = Pattern.compile("^Numeric value \\(([+-]?[0-9]+)\\)");

	private final ValidatorFactory validation;

	private final Messages messages;

	OverflowingNumbers(ValidatorFactory validation, Messages messages) {
		this.validation = validation;
		this.messages = messages;
	}

	/** Whether a query or path value is digits that would be a number of that type but for their size. */
	static boolean overflows(Class<?> type, Object value) {
		return type != null && TYPE_RANGES.containsKey(type) && value instanceof String text
				&& DIGITS.matcher(text).matches();
	}

	/** A query parameter bound to a method parameter; {@code text} is digits ({@link #overflows}). */
	String ofParameter(MethodParameter parameter, Class<?> type, String text) {
		return answer(constraintsOf(parameter), type, digitsIn(text));
	}

	/**
	 * A property of an object bound from the query; {@code owner} is null when the binder could not
	 * say which, and {@code text} is digits ({@link #overflows}).
	 */
	String ofProperty(Class<?> owner, String property, Class<?> type, String text) {
		return answer(constraintsOf(owner, property), type, digitsIn(text));
	}

	/** A JSON body's value, named by Jackson's path to it. */
	String ofBodyValue(InputCoercionException coercion) {
		Matcher quoted = QUOTED.matcher(String.valueOf(coercion.getOriginalMessage()));
		Optional<BigInteger> value = quoted.find() ? Optional.of(new BigInteger(quoted.group(1))) : Optional.empty();
		Set<ConstraintDescriptor<?>> constraints = Set.of();
		List<JacksonException.Reference> path = coercion.getPath();
		if (!path.isEmpty() && path.get(path.size() - 1).getPropertyName() != null) {
			// Jackson names the record being built by its class, a bean already made by itself.
			Object from = path.get(path.size() - 1).from();
			Class<?> owner = from instanceof Class<?> type ? type : from == null ? null : from.getClass();
			constraints = constraintsOf(owner, path.get(path.size() - 1).getPropertyName());
		}
		return answer(constraints, coercion.getTargetType(), value);
	}

	private String answer(Set<ConstraintDescriptor<?>> constraints, Class<?> type, Optional<BigInteger> value) {
		// Jackson may not know the type it was mapping to; Map.of would throw on null.
		Bounds range = type == null ? null : TYPE_RANGES.get(type);
		if (range == null) {
			return messages.get("error.field.outOfRange");
		}
		if (value.isEmpty()) {
			return between(range);
		}
		// Sorted so that a field with two bounds on one side answers the same way every time.
		List<ConstraintDescriptor<?>> sorted = constraints.stream()
			.sorted(Comparator.comparing((ConstraintDescriptor<?> c) -> c.getAnnotation().annotationType().getName())
				.thenComparing(ConstraintDescriptor::getMessageTemplate))
			.toList();
		for (ConstraintDescriptor<?> constraint : sorted) {
			Optional<String> refusal = refusalOf(constraint, value.get());
			if (refusal.isPresent()) {
				return refusal.get();
			}
		}
		for (ConstraintDescriptor<?> constraint : sorted) {
			range = range.narrowedBy(boundsOf(constraint));
		}
		return between(range);
	}

	private String between(Bounds range) {
		return messages.get("error.field.between", range.min(), range.max());
	}

	/**
	 * The message the constraint gives the value, if the value is past it. A composed constraint
	 * ({@code @Range} is {@code @Min} and {@code @Max}) answers with its own message where it
	 * reports as one, as the validator would.
	 */
	private Optional<String> refusalOf(ConstraintDescriptor<?> constraint, BigInteger value) {
		Optional<Bounds> own = Bounds.of(constraint.getAnnotation());
		if (own.isPresent()) {
			return own.get().holds(value) ? Optional.empty() : Optional.of(interpolated(constraint, value));
		}
		for (ConstraintDescriptor<?> part : constraint.getComposingConstraints()) {
			Optional<String> refusal = refusalOf(part, value);
			if (refusal.isPresent()) {
				return constraint.isReportAsSingleViolation() ? Optional.of(interpolated(constraint, value)) : refusal;
			}
		}
		return Optional.empty();
	}

	private static Bounds boundsOf(ConstraintDescriptor<?> constraint) {
		Optional<Bounds> own = Bounds.of(constraint.getAnnotation());
		if (own.isPresent()) {
			return own.get();
		}
		Bounds bounds = Bounds.NONE;
		for (ConstraintDescriptor<?> part : constraint.getComposingConstraints()) {
			bounds = bounds.narrowedBy(boundsOf(part));
		}
		return bounds;
	}

	/**
	 * Through the validator's own interpolator, which reads the message source in the caller's
	 * language: the text is the one a number just past the bound gets.
	 */
	private String interpolated(ConstraintDescriptor<?> constraint, BigInteger value) {
		return validation.getMessageInterpolator().interpolate(constraint.getMessageTemplate(), new Context(constraint, value));
	}

	private Set<ConstraintDescriptor<?>> constraintsOf(MethodParameter parameter) {
		Method method = parameter.getMethod();
		if (method == null) {
			return Set.of();
		}
		try {
			MethodDescriptor descriptor = validation.getValidator().getConstraintsForClass(method.getDeclaringClass())
				.getConstraintsForMethod(method.getName(), method.getParameterTypes());
			return descriptor == null ? Set.of()
					: defaultGroupOf(descriptor.getParameterDescriptors().get(parameter.getParameterIndex()));
		}
		catch (ValidationException ex) {
			// A class the validator cannot describe has no constraints it would check either.
			return Set.of();
		}
	}

	private Set<ConstraintDescriptor<?>> constraintsOf(Class<?> owner, String property) {
		if (owner == null || property == null || Map.class.isAssignableFrom(owner)) {
			return Set.of();
		}
		try {
			return defaultGroupOf(validation.getValidator().getConstraintsForClass(owner).getConstraintsForProperty(property));
		}
		catch (ValidationException | IllegalArgumentException ex) {
			// A nested path ("a.b") or a class the validator cannot describe: no constraints known.
			return Set.of();
		}
	}

	/** The constraints the API checks: its commands validate the default group only. */
	private static Set<ConstraintDescriptor<?>> defaultGroupOf(ElementDescriptor element) {
		return element == null ? Set.of()
				: element.findConstraints().unorderedAndMatchingGroups(Default.class).getConstraintDescriptors();
	}

	private static Optional<BigInteger> digitsIn(String text) {
		Matcher digits = DIGITS.matcher(text);
		return digits.matches() ? Optional.of(new BigInteger(digits.group(1))) : Optional.empty();
	}

	/** The whole numbers a bound lets through, inclusive; a null end is open. */
	private record Bounds(BigInteger min, BigInteger max) {

		static final Bounds NONE = new Bounds(null, null);

		static Bounds of(long min, long max) {
			return new Bounds(BigInteger.valueOf(min), BigInteger.valueOf(max));
		}

		/** The bounds a built-in numeric constraint sets; empty for any other annotation. */
		static Optional<Bounds> of(Annotation annotation) {
			if (annotation instanceof Min min) {
				return Optional.of(new Bounds(BigInteger.valueOf(min.value()), null));
			}
			if (annotation instanceof Max max) {
				return Optional.of(new Bounds(null, BigInteger.valueOf(max.value())));
			}
			if (annotation instanceof DecimalMin min) {
				return Optional.of(decimal(min.value()).map(d -> new Bounds(lowest(d, min.inclusive()), null)).orElse(NONE));
			}
			if (annotation instanceof DecimalMax max) {
				return Optional.of(decimal(max.value()).map(d -> new Bounds(null, highest(d, max.inclusive()))).orElse(NONE));
			}
			if (annotation instanceof Positive) {
				return Optional.of(new Bounds(BigInteger.ONE, null));
			}
			if (annotation instanceof PositiveOrZero) {
				return Optional.of(new Bounds(BigInteger.ZERO, null));
			}
			if (annotation instanceof Negative) {
				return Optional.of(new Bounds(null, BigInteger.ONE.negate()));
			}
			if (annotation instanceof NegativeOrZero) {
				return Optional.of(new Bounds(null, BigInteger.ZERO));
			}
			return Optional.empty();
		}

		boolean holds(BigInteger value) {
			return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
		}

		Bounds narrowedBy(Bounds other) {
			return new Bounds(min == null ? other.min : other.min == null ? min : min.max(other.min),
					max == null ? other.max : other.max == null ? max : max.min(other.max));
		}

		/** A bound the validator would refuse to read (not a number) checks nothing here either. */
		private static Optional<BigDecimal> decimal(String text) {
			try {
				return Optional.of(new BigDecimal(text));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

		private static BigInteger lowest(BigDecimal bound, boolean inclusive) {
			BigInteger whole = bound.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
			return !inclusive && bound.compareTo(new BigDecimal(whole)) == 0 ? whole.add(BigInteger.ONE) : whole;
		}

		private static BigInteger highest(BigDecimal bound, boolean inclusive) {
			BigInteger whole = bound.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
			return !inclusive && bound.compareTo(new BigDecimal(whole)) == 0 ? whole.subtract(BigInteger.ONE) : whole;
		}
	}

	/** What the interpolator reads: the constraint's attributes ({@code {value}}) and the value refused. */
	private record Context(ConstraintDescriptor<?> descriptor, Object value) implements MessageInterpolator.Context {

		@Override
		public ConstraintDescriptor<?> getConstraintDescriptor() {
			return descriptor;
		}

		@Override
		public Object getValidatedValue() {
			return value;
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			if (type.isInstance(this)) {
				return type.cast(this);
			}
			throw new ValidationException("No " + type.getName() + " behind an overflowing number's message");
		}
	}
}
