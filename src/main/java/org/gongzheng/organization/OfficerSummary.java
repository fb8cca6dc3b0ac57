package org.gongzheng.organization;

import java.time.LocalDate;
import java.util.Set;

/** What other modules may know about an officer. */
public record OfficerSummary(long id, String policeNumber, String name, long unitId, String unitNameZh,
		String unitNameEn, String unitPath, QualificationLevel qualificationLevel, LocalDate qualificationValidUntil,
		boolean approvalRightsSuspended, boolean active, Set<Role> roles) {

	public boolean qualifiedOn(LocalDate day, QualificationLevel minimum) {
		return qualificationLevel != null && qualificationLevel.atLeast(minimum) && qualificationValidUntil != null
				&& !day.isAfter(qualificationValidUntil);
	}

	public String unitName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? unitNameEn : unitNameZh;
	}

	public String label() {
		return name + "（" + policeNumber + "）";
	}
}
