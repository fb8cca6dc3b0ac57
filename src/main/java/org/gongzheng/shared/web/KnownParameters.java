package org.gongzheng.shared.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * The request parameters a handler method reads, worked out the way Spring binds them: named
 * {@code @RequestParam}s and {@code @RequestPart}s, unannotated simple values by their name, the
 * project's own filter objects by their properties.
 * Empty when the method takes a whole map of parameters and so reads any.
 */
final class KnownParameters {

	private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private static final String OWN_TYPES = "org.gongzheng.";

	private KnownParameters() {
	}

	static Optional<Set<String>> of(HandlerMethod handler) {
		Method method = handler.getMethod();
		String[] declared = NAMES.getParameterNames(method);
		Set<String> known = new TreeSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			String name = declared == null ? null : declared[parameter.getParameterIndex()];
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
			if (param != null) {
				if (Map.class.isAssignableFrom(type) && !StringUtils.hasText(param.name())) {
					return Optional.empty();
				}
				add(known, StringUtils.hasText(param.name()) ? param.name() : name);
			}
			else if (part != null) {
				add(known, StringUtils.hasText(part.name()) ? part.name() : name);
			}
			else if (elsewhere(parameter)) {
				continue;
			}
			else if (BeanUtils.isSimpleProperty(type) || MultipartFile.class.isAssignableFrom(type)) {
				add(known, name);
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) || type.getName().startsWith(OWN_TYPES)) {
				known.addAll(properties(type));
			}
		}
		return Optional.of(known);
	}

	/** A name the compiler kept; without {@code -parameters} an unnamed one cannot be told. */
	private static void add(Set<String> known, String name) {
		if (name != null) {
			known.add(name);
		}
	}

	/** Values that come from the path, the body, headers or the signed-in user rather than parameters. */
	private static boolean elsewhere(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(PathVariable.class)
				|| parameter.hasParameterAnnotation(RequestBody.class)
				|| parameter.hasParameterAnnotation(RequestHeader.class)
				|| parameter.hasParameterAnnotation(CookieValue.class)
				|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class);
	}

	/** What a bound object takes: a record's components, a bean's constructor arguments and setters. */
	private static Set<String> properties(Class<?> type) {
		Set<String> names = new TreeSet<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
			}
			return names;
		}
		try {
			Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
			String[] arguments = NAMES.getParameterNames(constructor);
			if (arguments != null) {
				names.addAll(Set.of(arguments));
			}
		}
		catch (IllegalStateException noSingleConstructor) {
			// Bound through setters alone.
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.add(property.getName());
			}
		}
		return names;
	}
}
