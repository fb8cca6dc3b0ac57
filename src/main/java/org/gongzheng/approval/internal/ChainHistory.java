package org.gongzheng.approval.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.NotFoundException;

/**
 * The history of a chain as a bureau sees it: the provincial default's versions and the bureau's
 * own, each with who wrote it and what it changed against the version it was edited from. A
 * request keeps the version it started with, so whoever answers for a signature must be able to
 * see the rules that were in force then, and who set them. Another bureau's own versions are not
 * part of it.
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
	 * @param inForce whether new requests of the reader's bureau start with it
	 * @param editor who wrote it; empty for the versions seeded with the system
	 * @param changes what it changed against the version it was edited from
	 * @param previous the version it was edited from, if any
	 * @param next the version edited from it, if any (the bureau's own before the default's)
	 */
	public record Version(ApprovalChain chain, boolean inForce, Optional<OfficerSummary> editor, ChainChanges changes,
			ApprovalChain previous, ApprovalChain next) {
	}

	/** Every version of the action's chain the reader's bureau has followed or could follow, newest first. */
	public List<Version> versions(ApprovalAction action, SignedInOfficer reader) {
		long bureau = DataScope.bureauOf(reader.unitPath());
		List<ApprovalChain> lineage = chains.lineage(action, bureau);
		Map<Long, Optional<OfficerSummary>> editors = new HashMap<>();
		return lineage.stream().map(chain -> version(chain, lineage, bureau, editors)).toList();
	}

	/**
	 * A page of the history, newest first. The history is read whole (the version in force and each
	 * version's predecessor come from it) and shown a page at a time: a bureau's edits over the
	 * years make it long, and the newest versions are the ones read.
	 */
	public static Page<Version> page(List<Version> versions, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), versions.size());
		int to = (int) Math.min((long) from + pageable.getPageSize(), versions.size());
		return new PageImpl<>(versions.subList(from, to), pageable, versions.size());
	}

	/** The version new requests of the bureau start with, among those {@link #versions} returned. */
	public static Optional<ApprovalChain> inForce(List<Version> versions) {
		return versions.stream().filter(Version::inForce).map(Version::chain).findFirst();
	}

	/** One version by id; another bureau's own version is not found. */
	public Version version(long chainId, SignedInOfficer reader) {
		long bureau = DataScope.bureauOf(reader.unitPath());
		ApprovalChain chain = chains.findById(chainId)
			.filter(c -> c.isProvincialDefault() || c.getBureauId() == bureau)
			.orElseThrow(() -> new NotFoundException("approval.chain.version.notFound", chainId));
		return version(chain, chains.lineage(chain.getAction(), bureau), bureau, new HashMap<>());
	}

	private Version version(ApprovalChain chain, List<ApprovalChain> lineage, long bureau,
			Map<Long, Optional<OfficerSummary>> editors) {
		ApprovalChain previous = chain.getBasedOnId() == null ? null
				: lineage.stream().filter(c -> c.getId().equals(chain.getBasedOnId())).findFirst().orElse(null);
		ApprovalChain next = lineage.stream()
			.filter(c -> chain.getId().equals(c.getBasedOnId()))
			.min((a, b) -> Boolean.compare(a.isProvincialDefault(), b.isProvincialDefault()))
			.orElse(null);
		boolean ownInForce = lineage.stream().anyMatch(c -> c.isActive() && !c.isProvincialDefault());
		boolean inForce = chain.isActive() && (!chain.isProvincialDefault() || !ownInForce);
		Optional<OfficerSummary> editor = chain.getCreatedBy() == null ? Optional.empty()
				: editors.computeIfAbsent(chain.getCreatedBy(), organization::officer);
		ChainChanges changes = previous == null ? ChainChanges.initial(chain) : ChainChanges.between(previous, chain);
		return new Version(chain, inForce, editor, changes, previous, next);
	}
}
