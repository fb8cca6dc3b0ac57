package org.gongzheng.supervision.quality;

import java.util.Locale;

import org.gongzheng.shared.Languages;

/** One line of the scoring checklist, worth {@code points}, with how deductions are made. */
public record ChecklistItem(String code, String category, int sortOrder, int points, String textZh, String textEn,
		String deductionZh, String deductionEn, String citation, String citationEn) {

	public String text(Locale locale) {
		return Languages.pick(locale, textZh, textEn);
	}

	public String deduction(Locale locale) {
		return Languages.pick(locale, deductionZh, deductionEn);
	}

	public String citation(Locale locale) {
		return Languages.pick(locale, citation, citationEn);
	}
}
