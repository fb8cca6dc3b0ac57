package org.gongzheng.supervision.rules;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A supervision rule as stored: a named policy whose thresholds are data. The SQL that evaluates
 * it is code, in {@code supervision/rules/<code>.sql}.
 */
public record Rule(String code, String category, boolean enabled, Severity severity, Map<String, Object> parameters,
		int rectificationDays, String citation, String citationEn, String nameZh, String nameEn, String descriptionZh,
		String descriptionEn, Instant updatedAt, Long updatedBy, long version) {

	public String citation(Locale locale) {
		return "en".equals(locale.getLanguage()) && citationEn != null ? citationEn : citation;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	public String description(Locale locale) {
		return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionZh;
	}
}
