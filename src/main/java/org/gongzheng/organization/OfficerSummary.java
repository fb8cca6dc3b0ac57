package org.gongzheng.organization;

import java.time.LocalDate;
import java.util.Set;

import org.gongzheng.shared.Languages;

/** What other modules may know about an officer. */
public record OfficerSummary(long id, String policeNumber, String name, long unitId, String unitNameZh,
		String unitNameEn, String unitPath, QualificationLevel qualificationLevel, LocalDate qualificationValidUntil,
		boolean approvalRightsSuspended, boolean active, Set<Role> roles) {

	public boolean qualifiedOn(LocalDate day, QualificationLevel minimum) {
		return qualificationLevel != null && qualificationLevel.atLeast(minimum) && qualificationValidUntil != null
				&& !day.isAfter(qualificationValidUntil);
	}

	public String unitName(java.util.Locale locale) {
		return Languages.pick(locale, unitNameZh, unitNameEn);
	}

	/** Name and police number as Chinese text writes them; also the form kept in stored texts. */
	public String label() {
		return name + "（" + policeNumber + "）";
	}

	/** Name and police number as the reader's language writes them. */
	public String label(java.util.Locale locale) {
		return label(name, policeNumber, locale);
	}

	/** A name and police number as the reader's language writes them, such as those someone signed with. */
	public static String label(String name, String policeNumber, java.util.Locale locale) {
		return Languages.english(locale) ? name + " (" + policeNumber + ")" : name + "（" + policeNumber + "）";
	}
}
