package org.gongzheng.approval.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongzheng.approval.internal.ApprovalRequest;
import org.gongzheng.approval.internal.RecordQueries;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.approval.internal.SubmissionRound;

/** The ids the record views look up for a set of signatures (and releases and rounds), each in one query. */
final class SignatureSets {

	private SignatureSets() {
	}

	static List<Long> ids(Collection<Signature> signatures) {
		return signatures.stream().map(Signature::getId).toList();
	}

	static Set<Long> caseIds(Collection<Signature> signatures) {
		return signatures.stream().map(Signature::getCaseId).collect(Collectors.toSet());
	}

	/** The cases of the signatures and of the releases shown beside them. */
	static Set<Long> caseIds(Collection<Signature> signatures, Collection<RecordQueries.ReleaseOnCase> releases) {
		return Stream.concat(signatures.stream().map(Signature::getCaseId),
				releases.stream().map(RecordQueries.ReleaseOnCase::caseId)).collect(Collectors.toSet());
	}

	static Set<Long> signerIds(Collection<Signature> signatures) {
		return signatures.stream().map(Signature::getSignerId).collect(Collectors.toSet());
	}

	/** Who submitted each round of the requests. */
	static Set<Long> submitterIds(Map<Long, List<SubmissionRound>> rounds) {
		return rounds.values().stream().flatMap(List::stream).map(SubmissionRound::submittedBy)
			.collect(Collectors.toSet());
	}

	/** Who withdrew the requests by hand. */
	static Set<Long> withdrawerIds(List<ApprovalRequest> requests) {
		return requests.stream().map(ApprovalRequest::getWithdrawnBy).filter(Objects::nonNull).collect(Collectors.toSet());
	}
}
