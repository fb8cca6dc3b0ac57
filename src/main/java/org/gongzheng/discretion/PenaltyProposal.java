package org.gongzheng.discretion;

import java.time.LocalDate;
import java.util.Set;

/**
 * A penalty someone proposes, to be measured against the standard and the procedure rules.
 *
 * @param unitId the deciding unit; its division code selects the jurisdiction
 * @param day the day of the violation, which selects the standard version in force
 * @param deviationReason the written reason for leaving the standard's range
 * @param omissionReason the lawful reason for leaving out a mandatory component (points, detention,
 * licence action)
 * @param hearingNoticeGiven whether the party was told of the right to a hearing
 */
public record PenaltyProposal(Procedure procedure, String violationCode, OffenderKind offender, long unitId,
		LocalDate day, Set<String> circumstances, PenaltyComponents components, String deviationReason,
		String omissionReason, boolean hearingNoticeGiven) {
}
