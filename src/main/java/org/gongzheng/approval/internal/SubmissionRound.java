package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.gongzheng.shared.Languages;
import org.gongzheng.shared.Sha256;

/**
 * One round of a request as it was submitted: what was asked, the submitter's note on what they
 * corrected (none in the first round), the case version it was pinned to, and the name and police
 * number the submitter had then (null on rounds submitted before V91).
 */
public record SubmissionRound(int round, String summary, String summaryEn, String note, long caseVersion,
		long submittedBy, Instant submittedAt, String submitterName, String submitterPoliceNumber) {

	public String summaryIn(Locale locale) {
		return Languages.pick(locale, summary, summaryEn);
	}

	/**
	 * SHA-256 of everything the round says, written into its audit entry so the hash-chained log
	 * vouches for what was asked and for the correction note, as it does for signatures. Recomputed
	 * from the stored row it must match; times count to the microsecond, as PostgreSQL keeps them.
	 * The submitter's name and police number count from V91 on; a round submitted before has none,
	 * and its digest is what it always was.
	 */
	public String digest(long requestId) {
		String digest = Sha256.hex(String.join("\n", String.valueOf(requestId), String.valueOf(round), summary,
				summaryEn == null ? "" : summaryEn, note == null ? "" : note, String.valueOf(caseVersion),
				String.valueOf(submittedBy), submittedAt.truncatedTo(ChronoUnit.MICROS).toString()));
		return submitterName == null ? digest
				: Sha256.hex(String.join("\n", digest, submitterName, String.valueOf(submitterPoliceNumber)));
	}
}
