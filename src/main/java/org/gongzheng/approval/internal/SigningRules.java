package org.gongzheng.approval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.DomainException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.Label;

/**
 * Whether someone may sign the open link of a request (DESIGN.md §3.3). Each rule answers with
 * the refusal it raises, so the page can show every reason the sign button is off and the server
 * refuses with the first one.
 */
final class SigningRules {

	private SigningRules() {
	}

	static List<DomainException> refusals(SigningContext c) {
		List<DomainException> refusals = new ArrayList<>();
		if (!c.request().pending() || c.request().getCurrentLink() == null
				|| c.request().getCurrentLink() != c.link().getOrder()) {
			refusals.add(new ConflictException("approval.notPending"));
			return refusals;
		}
		if (c.caseFile().version() != c.request().getCaseVersion()) {
			refusals.add(new ConflictException("approval.stale", c.request().getCaseNumber()));
		}
		if (c.alreadySigned()) {
			refusals.add(new ConflictException("approval.alreadySigned"));
		}
		if (c.otherLinkSigned() != null) {
			// One person signing two links makes a chain of two checks a chain of one.
			refusals.add(new ForbiddenException("approval.otherLinkSigned", c.otherLinkSigned()));
		}
		if (c.caseFile().handledBy(c.signer().id()) || c.request().getSubmittedBy() == c.signer().id()) {
			refusals.add(new ForbiddenException("approval.ownCase"));
		}
		if (!c.signer().roles().contains(c.link().getRole())) {
			refusals.add(new ForbiddenException("approval.role", Label.of(c.link().getRole())));
		}
		if (!c.link().getUnitLevel().matches(c.signerUnit(), c.caseFile().unitPath())) {
			refusals.add(new ForbiddenException("approval.unitLevel", Label.of(c.link().getUnitLevel())));
		}
		if (c.link().isCountersign() && !c.namedSigners().contains(c.signer().id())) {
			refusals.add(new ForbiddenException("approval.notNamed"));
		}
		if (!c.signer().active() || !c.signer().qualifiedOn(c.today(), c.link().getMinQualification())) {
			refusals.add(new ForbiddenException("approval.qualification", Label.of(c.link().getMinQualification())));
		}
		if (c.suspended()) {
			refusals.add(new ForbiddenException("approval.suspended"));
		}
		List<PinnedMaterial> unread = c.unread();
		if (!unread.isEmpty()) {
			refusals.add(new ForbiddenException("approval.unread", unread.size(),
					unread.stream().map(PinnedMaterial::title).toList()));
		}
		return refusals;
	}

	/**
	 * As {@link #refusals}, for a context that holds the round's pinned materials (the checks run
	 * over many requests or signers at once leave them out). A round with none can be signed by
	 * nobody: only one submitted before a material was required holds none, and a signature on it
	 * would attest to no file. Adding a material makes the request stale, and resubmitting pins it.
	 */
	static List<DomainException> refusalsOfRound(SigningContext c) {
		List<DomainException> refusals = refusals(c);
		if (c.pinned().isEmpty() && refusals.stream().noneMatch(r -> r.messageCode().equals("approval.notPending"))) {
			boolean stale = !refusals.isEmpty() && refusals.get(0).messageCode().equals("approval.stale");
			refusals.add(stale ? 1 : 0, new ConflictException("approval.nothingPinned"));
		}
		return refusals;
	}

	/**
	 * The refusals that are about the signer rather than the request or what they have read: a
	 * named countersigner stopped by one of these cannot sign however long the link waits.
	 */
	static final Set<String> PERSONAL = Set.of("approval.ownCase", "approval.otherLinkSigned", "approval.role",
			"approval.unitLevel", "approval.qualification", "approval.suspended");

	/**
	 * The first rule about the signer that stops them, with the cause within it that applied; empty
	 * if none does. The causes are told apart here, beside the rules, so that they split exactly
	 * what the rules test: the role rule fails on an account disabled (its roles are then none) or
	 * on a role taken away, the qualification rule on an officer off duty, no qualification, a level
	 * below the link's minimum or a validity that ended.
	 */
	static Optional<ReleaseReason> personalStop(SigningContext c) {
		return refusals(c).stream()
			.map(DomainException::messageCode)
			.filter(PERSONAL::contains)
			.findFirst()
			.map(rule -> new ReleaseReason(rule, cause(rule, c), c.signer().qualificationLevel(),
					c.signer().qualificationValidUntil(), c.link().getMinQualification()));
	}

	private static ReleaseCause cause(String rule, SigningContext c) {
		OfficerSummary signer = c.signer();
		return switch (rule) {
			case "approval.ownCase" -> ReleaseCause.OWN_CASE;
			case "approval.otherLinkSigned" -> ReleaseCause.OTHER_LINK_SIGNED;
			case "approval.role" -> signer.roles().isEmpty() ? ReleaseCause.ACCOUNT_DISABLED : ReleaseCause.ROLE_WITHDRAWN;
			case "approval.unitLevel" -> ReleaseCause.UNIT_LEVEL;
			case "approval.suspended" -> ReleaseCause.SUSPENDED;
			case "approval.qualification" -> {
				if (!signer.active()) {
					yield ReleaseCause.OFFICER_INACTIVE;
				}
				if (signer.qualificationLevel() == null || signer.qualificationValidUntil() == null) {
					yield ReleaseCause.NO_QUALIFICATION;
				}
				yield signer.qualificationLevel().atLeast(c.link().getMinQualification())
						? ReleaseCause.QUALIFICATION_LAPSED : ReleaseCause.QUALIFICATION_BELOW;
			}
			default -> throw new IllegalArgumentException("Not a rule about the signer: " + rule);
		};
	}

	/** Eligibility without the reading requirement: who could take this link at all. */
	static boolean eligible(SigningContext c) {
		return refusals(c).stream().allMatch(r -> r.messageCode().equals("approval.unread"));
	}

	/** Whether the signer could take the link, reading apart, but for the case being their own. */
	static boolean stoppedOnlyByOwnCase(SigningContext c) {
		List<String> codes = refusals(c).stream().map(DomainException::messageCode).toList();
		return codes.contains("approval.ownCase")
				&& codes.stream().allMatch(code -> code.equals("approval.ownCase") || code.equals("approval.unread"));
	}
}
