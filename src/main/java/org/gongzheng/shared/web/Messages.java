package org.gongzheng.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.shared.error.DomainException;

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
		return source.getMessage(code, arguments, code, locale);
	}

	public String of(DomainException ex) {
		return get(ex.messageCode(), ex.arguments());
	}
}
