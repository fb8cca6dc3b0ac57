package org.gongzheng.approval.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.DomainException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.Label;

/**
 * Explains a signature that came too late: the link the signer had open was signed meanwhile (by
 * someone else, or by them in a double click), or the request left review. Only the losing side of
 * a race gets here, so these reads cost nothing on the normal path.
 */
@Component
class SigningConflicts {

	private final SignatureRepository signatures;

	private final Organization organization;

	SigningConflicts(SignatureRepository signatures, Organization organization) {
		this.signatures = signatures;
		this.organization = organization;
	}

	/**
	 * Why the link at {@code round}/{@code link} (as the signer's form showed it; either may be
	 * absent) cannot be signed on {@code request}: a value it never had (400), or a change made
	 * meanwhile (409), naming who signed it or where the request now waits.
	 */
	DomainException notOpen(ApprovalRequest request, ApprovalChain chain, Integer round, Integer link, long signerId) {
		// A round the request never had, or a link its chain does not have: a wrong value sent, not a
		// change made meanwhile. Numbers as text, so a large one is not shown with thousands separators.
		if (request.neverHad(round)) {
			return InvalidInputException.of("round", "approval.sign.roundUnknown", String.valueOf(round),
					String.valueOf(request.getRound()));
		}
		if (link != null && chain.link(link).isEmpty()) {
			return InvalidInputException.of("link", "approval.sign.linkUnknown", String.valueOf(link),
					String.valueOf(chain.getLinks().size()));
		}
		if (round != null && link != null) {
			List<Signature> onLink = signatures.findByRequestIdAndRoundAndLinkOrder(request.getId(), round, link);
			Optional<Signature> taken = onLink.stream().max(Comparator.comparing(Signature::getSignedAt));
			if (taken.isPresent()) {
				Signature signature = taken.get();
				if (signature.getSignerId() == signerId) {
					return new ConflictException("approval.linkSignedByYou", round, link, Label.of(signature.getDecision()));
				}
				String signer = organization.officer(signature.getSignerId())
					.map(OfficerSummary::name)
					.orElse(String.valueOf(signature.getSignerId()));
				// A countersigner sending twice while another signs after him: his own signature stands,
				// which "your signature was not saved" would make him doubt.
				Optional<Signature> own = onLink.stream().filter(s -> s.getSignerId() == signerId).findFirst();
				if (own.isPresent()) {
					return new ConflictException("approval.linkSignedByYouThenOther", round, link,
							Label.of(own.get().getDecision()), signer, Label.of(signature.getDecision()));
				}
				return new ConflictException("approval.linkSigned", round, link, signer, Label.of(signature.getDecision()));
			}
		}
		if (!request.pending()) {
			return new ConflictException("approval.closed", Label.of(request.getStatus()));
		}
		return new ConflictException("approval.linkMoved", request.getRound(), request.getCurrentLink());
	}
}
