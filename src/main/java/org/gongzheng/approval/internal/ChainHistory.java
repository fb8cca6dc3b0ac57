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

	/** The version in force for the reader's bureau, and one page of the history, newest first. */
	public record HistoryPage(Optional<ApprovalChain> inForce, Page<Version> versions) {
	}

	/**
	 * A page of the history, newest first, with the version in force. The lineage is read whole (the
	 * version in force and each version's predecessor come from it), but only the page's versions are
	 * compared and their editors looked up: a bureau's edits over the years make it long, and the
	 * newest versions are the ones read.
	 */
	public HistoryPage page(ApprovalAction action, SignedInOfficer reader, Pageable pageable) {
		Lineage lineage = new Lineage(chains.lineage(action, DataScope.bureauOf(reader.unitPath())));
		int size = lineage.chains().size();
		int from = (int) Math.min(pageable.getOffset(), size);
		int to = (int) Math.min((long) from + pageable.getPageSize(), size);
		Map<Long, Optional<OfficerSummary>> editors = new HashMap<>();
		List<Version> content = lineage.chains()
			.subList(from, to)
			.stream()
			.map(chain -> version(chain, lineage, editors))
			.toList();
		return new HistoryPage(lineage.inForce(), new PageImpl<>(content, pageable, size));
	}

	/** One version by id; another bureau's own version is not found. */
	public Version version(long chainId, SignedInOfficer reader) {
		long bureau = DataScope.bureauOf(reader.unitPath());
		ApprovalChain chain = chains.findById(chainId)
			.filter(c -> c.isProvincialDefault() || c.getBureauId() == bureau)
			.orElseThrow(() -> new NotFoundException("approval.chain.version.notFound", chainId));
		return version(chain, new Lineage(chains.lineage(chain.getAction(), bureau)), new HashMap<>());
	}

	private Version version(ApprovalChain chain, Lineage lineage, Map<Long, Optional<OfficerSummary>> editors) {
		ApprovalChain previous = chain.getBasedOnId() == null ? null : lineage.byId().get(chain.getBasedOnId());
		Optional<OfficerSummary> editor = chain.getCreatedBy() == null ? Optional.empty()
				: editors.computeIfAbsent(chain.getCreatedBy(), organization::officer);
		ChainChanges changes = previous == null ? ChainChanges.initial(chain) : ChainChanges.between(previous, chain);
		return new Version(chain, lineage.inForce(chain), editor, changes, previous, lineage.next().get(chain.getId()));
	}

	/** A bureau's lineage, newest first, indexed once so that each version finds its neighbours directly. */
	private record Lineage(List<ApprovalChain> chains, Map<Long, ApprovalChain> byId, Map<Long, ApprovalChain> next,
			boolean ownInForce) {

		Lineage(List<ApprovalChain> chains) {
			this(chains, index(chains), successors(chains),
					chains.stream().anyMatch(c -> c.isActive() && !c.isProvincialDefault()));
		}

		private static Map<Long, ApprovalChain> index(List<ApprovalChain> chains) {
			Map<Long, ApprovalChain> byId = new HashMap<>();
			chains.forEach(c -> byId.put(c.getId(), c));
			return byId;
		}

		/** The version edited from each; where the bureau's own and the default's both were, the bureau's own. */
		private static Map<Long, ApprovalChain> successors(List<ApprovalChain> chains) {
			Map<Long, ApprovalChain> next = new HashMap<>();
			for (ApprovalChain c : chains) {
				if (c.getBasedOnId() != null) {
					next.merge(c.getBasedOnId(), c, (a, b) -> a.isProvincialDefault() && !b.isProvincialDefault() ? b : a);
				}
			}
			return next;
		}

		/** Whether new requests of the bureau start with the version: its own in force, or else the default's. */
		boolean inForce(ApprovalChain chain) {
			return chain.isActive() && (!chain.isProvincialDefault() || !ownInForce);
		}

		Optional<ApprovalChain> inForce() {
			return chains.stream().filter(this::inForce).findFirst();
		}
	}
}
