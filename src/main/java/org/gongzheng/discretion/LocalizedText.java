package org.gongzheng.discretion;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import org.gongzheng.shared.Languages;

/**
 * Text kept in the database in both languages (law names, citations, rule names). As a message
 * argument it renders in the language of the current request.
 */
public record LocalizedText(String zh, String en) {

	public static LocalizedText of(String zh, String en) {
		return new LocalizedText(zh, en == null || en.isBlank() ? zh : en);
	}

	public String in(Locale locale) {
		return Languages.pick(locale, zh, en);
	}

	@Override
	public String toString() {
		return in(LocaleContextHolder.getLocale());
	}
}
