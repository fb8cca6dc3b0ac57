package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.UnitSummary;

/**
 * Everything the signing rules look at for one signer on one request, gathered before they run,
 * so the rules themselves are a pure function. {@code otherLinkSigned} is the order of another link
 * the signer signed in the request's current round, or null.
 */
record SigningContext(ApprovalRequest request, ChainLink link, ApprovalCaseFiles.CaseFile caseFile, OfficerSummary signer,
		UnitSummary signerUnit, boolean suspended, LocalDate today, List<PinnedMaterial> pinned,
		Map<Long, Instant> firstViews, boolean alreadySigned, Integer otherLinkSigned, Set<Long> namedSigners) {

	List<PinnedMaterial> unread() {
		return pinned.stream().filter(m -> !firstViews.containsKey(m.id())).toList();
	}

	/** When the signer had opened every pinned material, first time each; null if none are pinned. */
	Instant readAllAt() {
		return firstViews.values().stream().max(Instant::compareTo).orElse(null);
	}
}
