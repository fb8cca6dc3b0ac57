package org.gongzheng.discretion;

import java.time.LocalDate;
import java.util.List;

/**
 * What the discretion standard in force says for a violation and the circumstances ticked: the
 * grade, its range, and every citation the decision rests on.
 *
 * @param standardId the standard version used; decisions record it
 * @param reasonCode why this grade (circumstances none / lighter / heavier / offsetting / not defined)
 * @param ticked the circumstances taken into account
 * @param available every circumstance the standard lists
 * @param grades every grade of the standard, most lenient first
 */
public record Recommendation(ViolationView violation, String jurisdictionCode, LocalizedText jurisdiction,
		long standardId, int standardVersion, LocalDate effectiveFrom, LocalizedText basis, Grade grade,
		String reasonCode, GradeRange range, List<CircumstanceView> ticked, List<CircumstanceView> available,
		List<GradeRange> grades, List<LocalizedText> citations) {
}
