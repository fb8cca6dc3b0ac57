package org.gongzheng.supervision.quality;

import java.util.Locale;

/** One line of the scoring checklist, worth {@code points}, with how deductions are made. */
public record ChecklistItem(String code, String category, int sortOrder, int points, String textZh, String textEn,
		String deductionZh, String deductionEn, String citation, String citationEn) {

	public String text(Locale locale) {
		return "en".equals(locale.getLanguage()) ? textEn : textZh;
	}

	public String deduction(Locale locale) {
		return "en".equals(locale.getLanguage()) ? deductionEn : deductionZh;
	}

	public String citation(Locale locale) {
		return "en".equals(locale.getLanguage()) && citationEn != null ? citationEn : citation;
	}
}
