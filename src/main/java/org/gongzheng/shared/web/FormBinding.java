package org.gongzheng.shared.web;

import java.util.Collection;
import java.util.List;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

import org.gongzheng.shared.InputText;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * Binds forms and query objects so that a parameter whose name the target cannot hold (an index
 * that is not a number, negative or beyond the binder's growth limit, as in {@code links[x].role}
 * or {@code links[-1].role}) becomes a field error on that name, answered with 400 like any other
 * unreadable value. Spring's binder throws raw exceptions for such names, which would otherwise be
 * server errors. Only hand-made requests send them; the pages never do.
 * <p>
 * A value sent twice for a field that holds one is refused the same way. Spring would join the two
 * with a comma, and a title, an opinion or a reason would be saved as text nobody wrote.
 * <p>
 * Text is bound as {@link InputText} reads it: line breaks as one character each, as the browser
 * counted them against the box's maximum, and text in which nothing shows as empty, so a required
 * field refuses an opinion made of a non-breaking space as it refuses an empty one.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding {

	@Bean
	WebMvcRegistrations guardedFormBinding() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new RequestMappingHandlerAdapter() {
					@Override
					protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
						return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
							@Override
							protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
									NativeWebRequest request) {
								return new GuardedBinder(target, objectName);
							}
						};
					}
				};
			}
		};
	}

	static final class GuardedBinder extends ExtendedServletRequestDataBinder {

		GuardedBinder(Object target, String objectName) {
			super(target, objectName);
		}

		/**
		 * One value at a time, so a name that cannot be bound is reported and the others still bind.
		 * A field holding NUL or another control character is bound as sent, so the form shows it
		 * again, and marked: no text with NUL can be stored, nor printed with the others, and the form
		 * is the place to say which field holds it.
		 */
		@Override
		protected void applyPropertyValues(MutablePropertyValues values) {
			for (PropertyValue sentValue : values.getPropertyValues()) {
				PropertyValue value = shown(sentValue);
				Object sent = value.getValue() instanceof String[] texts ? String.join(",", texts) : value.getValue();
				try {
					if (sentTwice(value.getValue(), getPropertyAccessor().getPropertyType(value.getName()))) {
						unreadable(value.getName(), sent);
						continue;
					}
					super.applyPropertyValues(new MutablePropertyValues().addPropertyValue(value));
				}
				catch (InvalidPropertyException | NumberFormatException | IndexOutOfBoundsException ex) {
					unreadable(value.getName(), sent);
					continue;
				}
				if (sent instanceof String text && getPropertyAccessor().isWritableProperty(value.getName())) {
					InvalidInputException.unstorable(value.getName(), text)
						.ifPresent(problem -> getInternalBindingResult().addError(new FieldError(getObjectName(),
								value.getName(), sent, false, new String[] { problem.messageCode() }, problem.arguments(),
								null)));
				}
			}
		}

		/** A name that cannot be bound is left as sent, to be reported by the binding below. */
		private PropertyValue shown(PropertyValue value) {
			try {
				if (value.getValue() instanceof String text
						&& String.class.equals(getPropertyAccessor().getPropertyType(value.getName()))) {
					String read = InputText.read(text);
					return read.equals(text) ? value : new PropertyValue(value.getName(), read);
				}
			}
			catch (InvalidPropertyException | NumberFormatException | IndexOutOfBoundsException ex) {
				// reported when the value is bound
			}
			return value;
		}

		private void unreadable(String field, Object sent) {
			getInternalBindingResult().addError(new FieldError(getObjectName(), field, sent, true,
					new String[] { "typeMismatch" }, null, null));
		}

		/**
		 * Query parameters and the values of records bound through their constructor are converted
		 * here; a field that holds one value refuses two like any value it cannot read.
		 */
		@Override
		public <T> T convertIfNecessary(Object value, Class<T> requiredType, MethodParameter methodParam) {
			if (sentTwice(value, requiredType)) {
				throw new TypeMismatchException(String.join(",", (String[]) value), requiredType);
			}
			return super.convertIfNecessary(String.class.equals(requiredType) ? shown(value) : value, requiredType,
					methodParam);
		}

		private static Object shown(Object value) {
			if (value instanceof String text) {
				return InputText.read(text);
			}
			return value instanceof String[] texts && texts.length == 1 ? new String[] { InputText.read(texts[0]) }
					: value;
		}

		private static boolean sentTwice(Object value, Class<?> type) {
			return value instanceof String[] texts && texts.length > 1 && type != null && !type.isArray()
					&& !Collection.class.isAssignableFrom(type) && !Object.class.equals(type);
		}
	}
}
