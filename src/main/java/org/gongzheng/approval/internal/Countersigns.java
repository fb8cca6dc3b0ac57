package org.gongzheng.approval.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.Approvals.Decision;
import org.gongzheng.shared.AuditEvent;

/**
 * When a countersign 会签 link is done. Every officer named when the link opened must approve; but
 * one whom a rule about themselves now stops (approval rights suspended, account disabled, moved
 * away, qualification lapsed, become a handler of the case) could never sign, and the link would
 * wait forever. So once everyone else named has approved, and at least one has, those are released
 * with the rule that stops them, on the record and in the audit log, and the link is done. If all
 * of them are stopped before anyone approved, the link is named afresh with whoever can sign it now.
 */
@Component
class Countersigns {

	private final RequestRecords records;

	private final SignatureRepository signatures;

	private final SigningContexts contexts;

	private final ApplicationEventPublisher events;

	Countersigns(RequestRecords records, SignatureRepository signatures, SigningContexts contexts,
			ApplicationEventPublisher events) {
		this.records = records;
		this.signatures = signatures;
		this.contexts = contexts;
		this.events = events;
	}

	/** Whether the open countersign link is done with the signatures it has now, releasing whom it must. */
	boolean done(ApprovalRequest request, ChainLink link, Instant now) {
		Set<Long> named = records.named(request.getId(), request.getRound(), link.getOrder());
		List<Signature> approvals = approvals(request, link);
		Set<Long> waiting = new HashSet<>(named);
		approvals.forEach(s -> waiting.remove(s.getSignerId()));
		if (waiting.isEmpty()) {
			return true;
		}
		if (approvals.isEmpty()) {
			return false;
		}
		Map<Long, ReleaseReason> unable = contexts.unableToSign(request, link, waiting, named);
		if (!unable.keySet().containsAll(waiting)) {
			return false;
		}
		release(request, link, unable, now);
		return true;
	}

	private void release(ApprovalRequest request, ChainLink link, Map<Long, ReleaseReason> unable, Instant now) {
		new TreeMap<>(unable).forEach((officerId, reason) -> {
			records.release(request.getId(), request.getRound(), link.getOrder(), officerId, reason, now);
			events.publishEvent(AuditEvent.success("APPROVAL_COUNTERSIGNER_RELEASED", "APPROVAL_REQUEST",
					request.getId(), "round " + request.getRound() + " link " + link.getOrder() + " officer " + officerId
							+ ": " + reason.audited()));
		});
	}

	/**
	 * Names the link afresh when nobody named can sign any more and nobody has approved yet: as if
	 * it opened now, everyone who could sign it now is named, and those named before are released
	 * with their reasons. Nothing changes while someone named can still sign, once someone has
	 * approved (then {@link #done} applies), or when nobody at all could sign it now.
	 */
	void renameIfNobodyNamedCanSign(ApprovalRequest request, ChainLink link, Instant now) {
		Set<Long> named = records.named(request.getId(), request.getRound(), link.getOrder());
		if (!approvals(request, link).isEmpty()) {
			return;
		}
		Map<Long, ReleaseReason> unable = contexts.unableToSign(request, link, named, named);
		if (!unable.keySet().containsAll(named)) {
			return;
		}
		Set<Long> fresh = contexts.candidates(request, link, Set.of());
		if (fresh.isEmpty()) {
			return;
		}
		release(request, link, unable, now);
		records.name(request.getId(), request.getRound(), link.getOrder(), fresh);
		events.publishEvent(AuditEvent.success("APPROVAL_COUNTERSIGNERS_NAMED", "APPROVAL_REQUEST", request.getId(),
				"round " + request.getRound() + " link " + link.getOrder() + " officers " + new TreeSet<>(fresh)));
	}

	/** Who approved the link last in this round: the signer of record when releases complete it. */
	Optional<Long> lastApprover(ApprovalRequest request, ChainLink link) {
		return approvals(request, link).stream()
			.max(Comparator.comparing(Signature::getSignedAt).thenComparing(Signature::getId))
			.map(Signature::getSignerId);
	}

	private List<Signature> approvals(ApprovalRequest request, ChainLink link) {
		return signatures.findByRequestIdAndRoundAndLinkOrder(request.getId(), request.getRound(), link.getOrder())
			.stream()
			.filter(s -> s.getDecision() == Decision.APPROVE)
			.toList();
	}
}
