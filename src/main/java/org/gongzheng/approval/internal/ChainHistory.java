package org.gongzheng.approval.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.shared.error.NotFoundException;

/**
 * The history of a chain: every version with who wrote it and what it changed. A request keeps the
 * version it started with, so whoever answers for a signature must be able to see the rules that
 * were in force then, and who set them.
 */
@Service
@Transactional(readOnly = true)
public class ChainHistory {

	private final ApprovalChainRepository chains;

	private final Organization organization;

	ChainHistory(ApprovalChainRepository chains, Organization organization) {
		this.chains = chains;
		this.organization = organization;
	}

	/**
	 * One version as its history shows it.
	 *
	 * @param editor who wrote it; empty for the versions seeded with the system
	 * @param changes what it changed against the version before it
	 * @param previous the version before it, if any
	 * @param next the version after it, if any
	 */
	public record Version(ApprovalChain chain, Optional<OfficerSummary> editor, ChainChanges changes, Integer previous,
			Integer next) {
	}

	/** Every version of the action's chain, newest first. */
	public List<Version> versions(ApprovalAction action) {
		List<ApprovalChain> all = chains.findByActionOrderByChainVersionDesc(action);
		Map<Long, Optional<OfficerSummary>> editors = new HashMap<>();
		return IntStream.range(0, all.size())
			.mapToObj(i -> version(all, i, editors))
			.toList();
	}

	public Version version(ApprovalAction action, int chainVersion) {
		List<ApprovalChain> all = chains.findByActionOrderByChainVersionDesc(action);
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).getChainVersion() == chainVersion) {
				return version(all, i, new HashMap<>());
			}
		}
		throw new NotFoundException("approval.chain.version.notFound", chainVersion);
	}

	/** {@code newestFirst.get(i)} with its neighbours; each editor is looked up once. */
	private Version version(List<ApprovalChain> newestFirst, int i, Map<Long, Optional<OfficerSummary>> editors) {
		ApprovalChain chain = newestFirst.get(i);
		ApprovalChain earlier = i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null;
		ApprovalChain later = i > 0 ? newestFirst.get(i - 1) : null;
		Optional<OfficerSummary> editor = chain.getCreatedBy() == null ? Optional.empty()
				: editors.computeIfAbsent(chain.getCreatedBy(), organization::officer);
		ChainChanges changes = earlier == null ? ChainChanges.initial(chain) : ChainChanges.between(earlier, chain);
		return new Version(chain, editor, changes, earlier == null ? null : earlier.getChainVersion(),
				later == null ? null : later.getChainVersion());
	}
}
