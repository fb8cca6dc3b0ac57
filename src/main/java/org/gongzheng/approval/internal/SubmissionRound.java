package org.gongzheng.approval.internal;

import java.time.Instant;
import java.util.Locale;

import org.gongzheng.shared.Languages;

/**
 * One round of a request as it was submitted: what was asked, the submitter's note on what they
 * corrected (none in the first round), and the case version it was pinned to.
 */
public record SubmissionRound(int round, String summary, String summaryEn, String note, long caseVersion,
		long submittedBy, Instant submittedAt) {

	public String summaryIn(Locale locale) {
		return Languages.pick(locale, summary, summaryEn);
	}
}
