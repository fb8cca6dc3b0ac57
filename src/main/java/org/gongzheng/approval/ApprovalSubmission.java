package org.gongzheng.approval;

import java.util.List;

/**
 * Asks for approval of an action on a case.
 *
 * @param caseVersion the case version the submitter saw; signing is refused once the case moved on
 * @param subjectType what the action concerns when it is not the case itself, e.g.
 * {@code PENALTY_DECISION}; null for case transitions
 * @param subjectId the id of that subject
 * @param summary what is asked, in the submitter's words
 * @param summaryEn the same in English where the system, not a person, wrote it; otherwise null
 * @param materialIds the materials submitted for review; null means every material of the case not voided
 */
public record ApprovalSubmission(ApprovalAction action, long caseId, long caseVersion, String subjectType,
		String subjectId, String summary, String summaryEn, List<Long> materialIds) {

	/** A submission whose summary is the submitter's own words, in one language. */
	public ApprovalSubmission(ApprovalAction action, long caseId, long caseVersion, String subjectType,
			String subjectId, String summary, List<Long> materialIds) {
		this(action, caseId, caseVersion, subjectType, subjectId, summary, null, materialIds);
	}
}
