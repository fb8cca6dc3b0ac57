package org.gongzheng.supervision.rules;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.gongzheng.shared.Languages;

/**
 * A supervision rule as stored: a named policy whose thresholds are data. The SQL that evaluates
 * it is code, in {@code supervision/rules/<code>.sql}.
 */
public record Rule(String code, String category, boolean enabled, Severity severity, Map<String, Object> parameters,
		int rectificationDays, String citation, String citationEn, String nameZh, String nameEn, String descriptionZh,
		String descriptionEn, Instant updatedAt, Long updatedBy, long version) {

	public String citation(Locale locale) {
		return Languages.pick(locale, citation, citationEn);
	}

	public String name(Locale locale) {
		return Languages.pick(locale, nameZh, nameEn);
	}

	public String description(Locale locale) {
		return Languages.pick(locale, descriptionZh, descriptionEn);
	}
}
