package org.gongzheng.organization;

import org.gongzheng.shared.Languages;

/**
 * What other modules may know about a unit. {@code legalAffairs}: the unit is its bureau's
 * legal-affairs department (法制部门), the only place an officer may hold LEGAL.
 */
public record UnitSummary(long id, Long parentId, String code, String nameZh, String nameEn, String shortName,
		UnitKind kind, String path, String zoneId, boolean active, boolean legalAffairs) {

	public String name(java.util.Locale locale) {
		return Languages.pick(locale, nameZh, nameEn);
	}

	/** Depth in the tree: 0 for a bureau. */
	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 2;
	}
}
