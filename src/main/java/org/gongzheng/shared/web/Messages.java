package org.gongzheng.shared.web;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.shared.Languages;
import org.gongzheng.shared.error.DomainException;
import org.gongzheng.shared.error.InvalidInputException;

/** Resolves message codes in the current user's language; unknown codes come back as the code. */
@Component
public class Messages {

	private final MessageSource source;

	public Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String code, Object... arguments) {
		return get(LocaleContextHolder.getLocale(), code, arguments);
	}

	public String get(Locale locale, String code, Object... arguments) {
		return source.getMessage(code, listsJoined(arguments, locale), code, locale);
	}

	/** A list argument (unread materials, say) reads as a list in the reader's language. */
	private static Object[] listsJoined(Object[] arguments, Locale locale) {
		if (arguments == null) {
			return null;
		}
		Object[] joined = arguments.clone();
		for (int i = 0; i < joined.length; i++) {
			if (joined[i] instanceof Collection<?> items) {
				joined[i] = items.stream().map(String::valueOf)
					.collect(Collectors.joining(Languages.listSeparator(locale)));
			}
		}
		return joined;
	}

	public String of(DomainException ex) {
		return get(ex.messageCode(), ex.arguments());
	}

	/** A field problem's message with its arguments, for a small form that shows one problem at a time. */
	public String of(InvalidInputException.FieldProblem problem) {
		return get(problem.messageCode(), problem.arguments());
	}

	/** A binding error's message; one whose codes have no text falls back to the general "not valid". */
	public String of(MessageSourceResolvable error) {
		try {
			return source.getMessage(error, LocaleContextHolder.getLocale());
		}
		catch (NoSuchMessageException ex) {
			return get("typeMismatch");
		}
	}
}
