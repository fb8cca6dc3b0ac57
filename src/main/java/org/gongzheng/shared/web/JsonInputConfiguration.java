package org.gongzheng.shared.web;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.gongzheng.shared.InputText;
import org.gongzheng.shared.PrintableText;
import org.gongzheng.shared.time.PlausibleDates;

/**
 * A request body is read as the caller meant it, or refused on its field:
 * <ul>
 * <li>A number or a boolean sent where the API expects text is a mistake in the request, not text:
 * Jackson would turn {@code {"summary": 123}} into the summary "123" and the request would be
 * signed on words nobody wrote.</li>
 * <li>Text that cannot be stored as sent is refused while the body is read, where the field is
 * still known: text holding NUL, which PostgreSQL refuses with no field to name, text holding
 * half of a surrogate pair, which would be stored as "?", and text holding a control character
 * that no record can be printed with ({@link PrintableText}). Line breaks are read as LF and text
 * in which nothing shows (a non-breaking or zero-width space) as empty ({@link InputText}).</li>
 * <li>A date or time outside {@link PlausibleDates} is refused on its field too: PostgreSQL or a
 * deadline sum would otherwise fail on it with no field to name.</li>
 * <li>A date or time is ISO text and nothing else. Jackson would read {@code "reportedAt": 1700000000}
 * (or the same digits in quotes) as seconds since 1970, a date from a number of days or from an
 * array of its parts: a client that sent a number by mistake, or in milliseconds, would have a
 * case reported in 1970 or in the year 55,000, recorded as if that was what it said.</li>
 * <li>Each other value is read only as the JSON type it stands for: text is not a number ("3") or
 * a yes/no ("true"), a number is not a yes/no (1) nor an enumeration's value by its position
 * (the second role in a list the caller never saw). Jackson's coercions between them would make
 * the record say something the caller did not write; the caller learns of the mistake instead.</li>
 * <li>A field sent twice in one object is refused rather than read as its last value: the request
 * would otherwise be recorded as saying one thing while it also said another.</li>
 * <li>A field the request does not have is refused on its name, not ignored: a signature sent with
 * "opnion" was signed, permanently, without the opinion the caller wrote.</li>
 * <li>A body is JSON and nothing else. Spring reads YAML too wherever Jackson's YAML module is on
 * the classpath (the API documentation brings it), with a mapper of its own that has none of the
 * checks above: a signature sent as YAML was read with an unknown field ignored, a quoted "false"
 * taken as a yes/no. Such a body is refused as a type the address does not read (415), and no
 * answer is written in it (406); so are Smile, CBOR and XML, should a library bring their readers.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration implements WebMvcConfigurer {

	/** Subtypes (or structured-syntax suffixes) of the formats Jackson's other modules read. */
	private static final Set<String> OTHER_FORMATS = Set.of("yaml", "x-yaml", "x-jackson-smile",
			"cbor", "xml");

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.configureMessageConvertersList(list -> list.removeIf(JsonInputConfiguration::readsAnotherFormat));
	}

	private static boolean readsAnotherFormat(HttpMessageConverter<?> converter) {
		return converter.getSupportedMediaTypes().stream()
			.map(type -> type.getSubtype().substring(type.getSubtype().lastIndexOf('+') + 1))
			.anyMatch(OTHER_FORMATS::contains);
	}

	@Bean
	JsonMapperBuilderCustomizer textIsSentAsText() {
		return builder -> builder.withCoercionConfig(LogicalType.Textual, config -> config
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	/**
	 * No coercion between JSON's scalar types: this also refuses the empty text {@code ""} where a
	 * number, a yes/no or a time is expected (an absent value is {@code null} or left out).
	 */
	@Bean
	JsonMapperBuilderCustomizer scalarsAreSentAsTheirType() {
		return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
	}

	@Bean
	JsonMapperBuilderCustomizer textIsStorable() {
		return builder -> builder.addModule(new SimpleModule("storable-text")
			.addDeserializer(String.class, new StorableText()));
	}

	@Bean
	JsonMapperBuilderCustomizer eachFieldOnce() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	@Bean
	JsonMapperBuilderCustomizer eachFieldKnown() {
		return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	@Bean
	JsonMapperBuilderCustomizer datesArePlausible() {
		return builder -> builder
			.addModule(new SimpleModule("plausible-dates").setDeserializerModifier(new PlausibleDateReaders()));
	}

	/** Wraps the reader of every date and time type, whatever format it reads. */
	private static final class PlausibleDateReaders extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			return PlausibleDates.holds(deserializer.handledType()) ? new PlausibleDateReader(deserializer) : deserializer;
		}
	}

	/**
	 * Refuses a date or time sent as anything but ISO text (a number, digits in quotes, an array of
	 * its parts) as a value of the wrong type, and one outside the plausible years as a value of the
	 * wrong format, both on the field's path.
	 */
	private static final class PlausibleDateReader extends DelegatingDeserializer {

		/** Digits, as Jackson would read for seconds (or days) since 1970; no ISO date or time is only that. */
		private static final Pattern TIMESTAMP = Pattern.compile("\\s*[+-]?[0-9]+(\\.[0-9]*)?\\s*");

		PlausibleDateReader(ValueDeserializer<?> reader) {
			super(reader);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> reader) {
			return new PlausibleDateReader(reader);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING) || TIMESTAMP.matcher(parser.getString()).matches()) {
				throw MismatchedInputException.from(parser, handledType(),
						"A date or time sent as " + parser.currentToken() + " rather than as ISO text");
			}
			Object value = super.deserialize(parser, context);
			if (!PlausibleDates.plausible(value)) {
				throw InvalidFormatException.from(parser, "A date outside the plausible years", value, handledType());
			}
			return value;
		}
	}

	/**
	 * Refuses text that cannot be stored as sent, as a value of the wrong format, so the refusal
	 * carries its field's path: text holding NUL, text holding half of a surrogate pair (only a
	 * JSON escape such as {@code \ud800} can make one), which the database driver would store as "?",
	 * and text holding a control character that no document can print.
	 */
	private static final class StorableText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (NulCharacter.heldBy(text)) {
				throw InvalidFormatException.from(parser, "Text holds a NUL character", text, String.class);
			}
			if (text != null && holdsHalfASurrogatePair(text)) {
				throw InvalidFormatException.from(parser, "Text holds half of a surrogate pair", text, String.class);
			}
			if (PrintableText.firstUnprintable(text) >= 0) {
				throw InvalidFormatException.from(parser, "Text holds a control character", text, String.class);
			}
			return InputText.read(text);
		}

		static boolean holdsHalfASurrogatePair(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else if (Character.isSurrogate(c)) {
					return true;
				}
			}
			return false;
		}
	}
}
