package org.gongzheng.approval.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.NotFoundException;

import static java.util.stream.Collectors.toSet;

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

	private final DefaultRestorationRepository restorations;

	ChainHistory(ApprovalChainRepository chains, Organization organization,
			DefaultRestorationRepository restorations) {
		this.chains = chains;
		this.organization = organization;
		this.restorations = restorations;
	}

	/**
	 * One version as its history shows it.
	 *
	 * @param inForce whether new requests of the reader's bureau start with it
	 * @param editor who wrote it; empty for the versions seeded with the system
	 * @param changes what it changed against the version it was edited from
	 * @param previous the version it was edited from, if any
	 * @param next the version edited from it, if any (the bureau's own before the default's)
	 * @param returnedToDefault the bureau's return to the default that retired it, if that is how it
	 * ended; empty for versions in force, those an edit replaced, and those retired by a return made
	 * before returns were recorded
	 */
	public record Version(ApprovalChain chain, boolean inForce, Optional<OfficerSummary> editor, ChainChanges changes,
			ApprovalChain previous, ApprovalChain next, Optional<Restoration> returnedToDefault) {
	}

	/**
	 * A bureau's return to the provincial default.
	 *
	 * @param followed the default's version the bureau followed from then on
	 * @param by who decided it; empty only if the officer is no longer on record
	 */
	public record Restoration(ApprovalChain followed, Optional<OfficerSummary> by, Instant at, String reason) {
	}

	/** The version in force for the reader's bureau, and one page of the history, newest first. */
	public record HistoryPage(Optional<ApprovalChain> inForce, Page<Version> versions) {
	}

	/**
	 * A page of the history, newest first, with the version in force. Only the page's versions are
	 * read, with their neighbours: a bureau's edits over the years make the lineage long, and the
	 * newest versions are the ones read.
	 */
	public HistoryPage page(ApprovalAction action, SignedInOfficer reader, Pageable pageable) {
		long bureau = DataScope.bureauOf(reader.unitPath());
		Page<ApprovalChain> shown = chains.lineage(action, bureau,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		Optional<ApprovalChain> inForce = inForce(action, bureau);
		Map<Long, Optional<OfficerSummary>> officers = new HashMap<>();
		Neighbours neighbours = neighbours(shown.getContent(), bureau, officers);
		return new HistoryPage(inForce, shown.map(chain -> version(chain, inForce, neighbours, officers)));
	}

	/** One version by id; another bureau's own version is not found. */
	public Version version(long chainId, SignedInOfficer reader) {
		long bureau = DataScope.bureauOf(reader.unitPath());
		ApprovalChain chain = chains.findById(chainId)
			.filter(c -> c.isProvincialDefault() || c.getBureauId() == bureau)
			.orElseThrow(() -> new NotFoundException("approval.chain.version.notFound", chainId));
		Map<Long, Optional<OfficerSummary>> officers = new HashMap<>();
		return version(chain, inForce(chain.getAction(), bureau), neighbours(List.of(chain), bureau, officers),
				officers);
	}

	/** New requests of the bureau start with its own version in force, or else with the default's. */
	private Optional<ApprovalChain> inForce(ApprovalAction action, long bureau) {
		return chains.activeIds(action, bureau).stream().findFirst().flatMap(chains::findById);
	}

	private Version version(ApprovalChain chain, Optional<ApprovalChain> inForce, Neighbours neighbours,
			Map<Long, Optional<OfficerSummary>> editors) {
		ApprovalChain previous = chain.getBasedOnId() == null ? null : neighbours.previous().get(chain.getBasedOnId());
		Optional<OfficerSummary> editor = chain.getCreatedBy() == null ? Optional.empty()
				: editors.computeIfAbsent(chain.getCreatedBy(), organization::officer);
		ChainChanges changes = previous == null ? ChainChanges.initial(chain) : ChainChanges.between(previous, chain);
		boolean current = inForce.map(c -> c.getId().equals(chain.getId())).orElse(false);
		return new Version(chain, current, editor, changes, previous, neighbours.next().get(chain.getId()),
				Optional.ofNullable(neighbours.returns().get(chain.getId())));
	}

	/**
	 * The versions the shown ones were edited from, those edited from them, and the returns to the
	 * default that retired them, each read in one query.
	 */
	private Neighbours neighbours(List<ApprovalChain> shown, long bureau, Map<Long, Optional<OfficerSummary>> officers) {
		if (shown.isEmpty()) {
			return new Neighbours(Map.of(), Map.of(), Map.of());
		}
		Set<Long> basedOn = shown.stream().map(ApprovalChain::getBasedOnId).filter(Objects::nonNull).collect(toSet());
		Map<Long, ApprovalChain> previous = new HashMap<>();
		chains.findAllById(basedOn)
			.stream()
			.filter(c -> c.isProvincialDefault() || c.getBureauId() == bureau)
			.forEach(c -> previous.put(c.getId(), c));
		Map<Long, ApprovalChain> next = new HashMap<>();
		// Where the bureau's own version and the default's were both edited from one version, the
		// bureau's own is the one its history continues with; where several of its own were (it went
		// back to the default, then edited it again), the newest.
		for (ApprovalChain c : chains.editedFrom(shown.stream().map(ApprovalChain::getId).toList(), bureau)) {
			next.merge(c.getBasedOnId(), c, (a, b) -> a.isProvincialDefault() && !b.isProvincialDefault() ? b : a);
		}
		return new Neighbours(previous, next, returns(shown, officers));
	}

	/** The returns to the default that retired any of the shown versions (only a bureau's own are retired so). */
	private Map<Long, Restoration> returns(List<ApprovalChain> shown, Map<Long, Optional<OfficerSummary>> officers) {
		List<DefaultRestoration> found = restorations.findByRetiredChainIdIn(
				shown.stream().filter(c -> !c.isProvincialDefault()).map(ApprovalChain::getId).toList());
		if (found.isEmpty()) {
			return Map.of();
		}
		Map<Long, ApprovalChain> defaults = new HashMap<>();
		chains.findAllById(found.stream().map(DefaultRestoration::getDefaultChainId).collect(toSet()))
			.forEach(c -> defaults.put(c.getId(), c));
		Map<Long, Restoration> returns = new HashMap<>();
		for (DefaultRestoration r : found) {
			returns.put(r.getRetiredChainId(), new Restoration(defaults.get(r.getDefaultChainId()),
					officers.computeIfAbsent(r.getRestoredBy(), organization::officer), r.getRestoredAt(), r.getReason()));
		}
		return returns;
	}

	private record Neighbours(Map<Long, ApprovalChain> previous, Map<Long, ApprovalChain> next,
			Map<Long, Restoration> returns) {
	}
}
