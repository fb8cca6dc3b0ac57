package org.gongzheng.approval.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.Approvals.Decision;
import org.gongzheng.shared.AuditEvent;

/**
 * When a countersign 会签 link is done. Every officer named when the link opened must approve; but
 * one whom a rule about themselves now stops (approval rights suspended, account disabled, moved
 * away, qualification lapsed, become a handler of the case) could never sign, and the link would
 * wait forever. So once everyone else named has approved, and at least one has, those are released
 * with the rule that stops them, on the record and in the audit log, and the link is done.
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
		Map<Long, String> unable = contexts.unableToSign(request, link, waiting, named);
		if (!unable.keySet().containsAll(waiting)) {
			return false;
		}
		new TreeMap<>(unable).forEach((officerId, because) -> {
			records.release(request.getId(), request.getRound(), link.getOrder(), officerId, because, now);
			events.publishEvent(AuditEvent.success("APPROVAL_COUNTERSIGNER_RELEASED", "APPROVAL_REQUEST",
					request.getId(), "round " + request.getRound() + " link " + link.getOrder() + " officer " + officerId
							+ ": " + because));
		});
		return true;
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
