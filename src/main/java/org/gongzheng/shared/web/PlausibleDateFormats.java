package org.gongzheng.shared.web;

import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.gongzheng.shared.time.PlausibleDates;

/**
 * Every date or time a page's form or an address carries is read with {@code @DateTimeFormat};
 * read that way, it must also lie within {@link PlausibleDates}. A date outside is a value the
 * binder could not read: a form shows it on its field, an address names the parameter.
 */
@Configuration(proxyBeanMethods = false)
class PlausibleDateFormats implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// Registered after Spring's own factory for the same annotation, so this one is asked first.
		registry.addFormatterForFieldAnnotation(new Factory());
	}

	/** Spring's own formats, each parse checked. */
	private static final class Factory implements AnnotationFormatterFactory<DateTimeFormat> {

		private final Jsr310DateTimeFormatAnnotationFormatterFactory formats = new Jsr310DateTimeFormatAnnotationFormatterFactory();

		@Override
		public Set<Class<?>> getFieldTypes() {
			return formats.getFieldTypes();
		}

		@Override
		public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
			return formats.getPrinter(annotation, fieldType);
		}

		@Override
		public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
			Parser<?> parser = formats.getParser(annotation, fieldType);
			return (text, locale) -> PlausibleDates.requirePlausible(parser.parse(text, locale));
		}
	}
}
