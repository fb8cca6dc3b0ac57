package org.gongzheng.approval.web;

import java.time.Instant;
import java.util.List;

import org.gongzheng.approval.internal.SubmissionRound;

/**
 * One round of a request as submitted. {@code submittedAs}: the name and police number the submitter
 * had then (null on rounds submitted before these were kept); {@code digest}: SHA-256 of the round's
 * content, the same as in the audit entry of its submission or resubmission.
 */
record RoundDto(int round, String summary, String summaryEn, String note, long caseVersion, long submittedBy,
		SignerLabels.SignedAs submittedAs, Instant submittedAt, String digest) {

	static List<RoundDto> of(long requestId, List<SubmissionRound> rounds) {
		return rounds.stream()
			.map(x -> new RoundDto(x.round(), x.summary(), x.summaryEn(), x.note(), x.caseVersion(), x.submittedBy(),
					SignerLabels.SignedAs.of(x), x.submittedAt(), x.digest(requestId)))
			.toList();
	}
}
