package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals.Decision;
import org.gongzheng.approval.SignatureFindings;

/**
 * What the accountability records read: a case's requests and signatures with what each signer
 * read and the countersigners released, and an officer's signatures, filtered.
 */
@Service
@Transactional(readOnly = true)
public class RecordQueries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("signedAt"), Sort.Order.desc("id"));

	private final ApprovalRequestRepository requests;

	private final ChainVersions versions;

	private final SignatureRepository signatures;

	private final RequestRecords records;

	private final SignatureFindings findings;

	private final RequestRounds rounds;

	RecordQueries(ApprovalRequestRepository requests, ChainVersions versions, SignatureRepository signatures,
			RequestRecords records, SignatureFindings findings, RequestRounds rounds) {
		this.rounds = rounds;
		this.requests = requests;
		this.versions = versions;
		this.signatures = signatures;
		this.records = records;
		this.findings = findings;
	}

	/** A countersigner released on one of a case's requests, with its action and the chain version it ran on. */
	public record ReleaseOnCase(CountersignRelease release, long caseId, ApprovalAction action, ApprovalChain chain) {

		/** The link's name in the reader's language. */
		public String linkName(Locale locale) {
			return chain.linkName(release.linkOrder(), locale);
		}
	}

	/**
	 * An officer's whole record in numbers, whatever the page shows: signatures by decision, how
	 * many a fault finding later named ({@code withFindings}, decided or not, held against the signer
	 * or not), how many of those the legal department held against them ({@code heldResponsible}),
	 * and the countersign links they were released from.
	 */
	public record LifelongSummary(long approved, long returned, long refused, long withFindings, long released,
			long heldResponsible) {

		public long signed() {
			return approved + returned + refused;
		}
	}

	public LifelongSummary summaryOf(long officerId) {
		Map<Decision, Long> byDecision = new EnumMap<>(Decision.class);
		signatures.countDecisionsBy(officerId).forEach(row -> byDecision.put((Decision) row[0], (Long) row[1]));
		Set<Long> named = findings.signaturesWithFindings(officerId);
		long heldResponsible = named.isEmpty() ? 0 : findings.forSignatures(named).values().stream()
			.filter(found -> found.stream().anyMatch(f -> Boolean.TRUE.equals(f.responsible())))
			.count();
		return new LifelongSummary(byDecision.getOrDefault(Decision.APPROVE, 0L),
				byDecision.getOrDefault(Decision.RETURN, 0L), byDecision.getOrDefault(Decision.REFUSE, 0L),
				named.size(), records.countReleasesOf(officerId, null, null, null), heldResponsible);
	}

	/** What each round of the case's requests asked, who submitted it and what they corrected, by request. */
	public Map<Long, List<SubmissionRound>> roundsOnCase(long caseId) {
		return rounds.onCase(caseId);
	}

	/** Every countersigner released on the case's requests, in the order released. */
	public List<ReleaseOnCase> releasesOnCase(long caseId) {
		Map<Long, ApprovalRequest> byId = requestsOnCase(caseId).stream()
			.collect(Collectors.toMap(ApprovalRequest::getId, r -> r));
		return withRequests(records.releasesOnCase(caseId), byId);
	}

	/**
	 * The officer's releases from countersign links, newest first, as the filter selects them: by
	 * action and by the days released, a page at a time. A release is no decision and no signature
	 * a fault could be found against, so a filter on either selects none.
	 */
	public Page<ReleaseOnCase> releasesOf(long officerId, SignatureFilter filter, ZoneId zone, Pageable page) {
		filter.check();
		if (filter.decision() != null || filter.onlyWithFindings()) {
			return Page.empty(page);
		}
		Instant from = filter.startIn(zone);
		Instant until = filter.endIn(zone);
		List<CountersignRelease> released = records.releasesOf(officerId, filter.action(), from, until, page);
		Map<Long, ApprovalRequest> byId = requests.findAllById(released.stream().map(CountersignRelease::requestId)
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(ApprovalRequest::getId, r -> r));
		return PageableExecutionUtils.getPage(withRequests(released, byId), page,
				() -> records.countReleasesOf(officerId, filter.action(), from, until));
	}

	/** Each release with its request's case, action and chain version. */
	private List<ReleaseOnCase> withRequests(List<CountersignRelease> released, Map<Long, ApprovalRequest> byId) {
		return released.stream().map(x -> {
			ApprovalRequest request = byId.get(x.requestId());
			return new ReleaseOnCase(x, request.getCaseId(), request.getAction(), versions.get(request.getChainId()));
		}).toList();
	}

	public List<ApprovalRequest> requestsOnCase(long caseId) {
		return requests.findByCaseIdOrderBySubmittedAtDesc(caseId);
	}

	public List<Signature> signaturesOnCase(long caseId) {
		return signatures.findByCaseIdOrderBySignedAtAsc(caseId);
	}

	/**
	 * Each signature's link name in the reader's language, by signature id. A signature keeps the
	 * link's Chinese name as it was signed; the English one comes from the chain version the
	 * request ran on, which never changes.
	 */
	public Map<Long, String> linkNames(List<Signature> signed, Locale locale) {
		Map<Long, String> names = new HashMap<>();
		Map<Long, Long> chainOf = new HashMap<>();
		List<Long> requestIds = signed.stream().map(Signature::getRequestId).distinct().toList();
		for (int from = 0; from < requestIds.size(); from += 1000) {
			requests.chainIdsOf(requestIds.subList(from, Math.min(from + 1000, requestIds.size())))
				.forEach(row -> chainOf.put((Long) row[0], (Long) row[1]));
		}
		for (Signature s : signed) {
			Long chainId = chainOf.get(s.getRequestId());
			String name = chainId == null ? null : versions.get(chainId).linkName(s.getLinkOrder(), locale);
			names.put(s.getId(), name == null ? s.getLinkName() : name);
		}
		return names;
	}

	/**
	 * What each signer on the case read, by title: a signature keeps the hashes of the materials
	 * seen, and the round it signed pinned each of those hashes with its material and title. Each
	 * hash takes the first material of the round with that hash not yet taken, so two materials
	 * sharing a file are both listed, not one of them twice. A hash the round did not pin (none
	 * should exist) is shown without a title rather than hidden.
	 */
	public Map<Long, List<PinnedMaterial>> materialsSeen(long caseId, List<Signature> onCase) {
		return seen(records.pinnedOnCase(caseId), onCase);
	}

	/** As above, for signatures on any cases (an officer's record). */
	public Map<Long, List<PinnedMaterial>> materialsSeen(List<Signature> signatures) {
		return seen(records.pinnedOnRequests(signatures.stream().map(Signature::getRequestId).toList()), signatures);
	}

	private static Map<Long, List<PinnedMaterial>> seen(Map<String, List<PinnedMaterial>> pinned, List<Signature> signatures) {
		Map<Long, List<PinnedMaterial>> seen = new HashMap<>();
		for (Signature s : signatures) {
			List<PinnedMaterial> left = new ArrayList<>(
					pinned.getOrDefault(RequestRecords.roundKey(s.getRequestId(), s.getRound()), List.of()));
			seen.put(s.getId(), s.hashes().stream().map(h -> take(left, h)).toList());
		}
		return seen;
	}

	/** Removes and returns the first material with the hash, or one standing for the hash alone. */
	private static PinnedMaterial take(List<PinnedMaterial> left, String hash) {
		for (int i = 0; i < left.size(); i++) {
			if (left.get(i).contentHash().equals(hash)) {
				return left.remove(i);
			}
		}
		return new PinnedMaterial(0, null, hash);
	}

	/**
	 * An officer's signatures matching the filter, newest first. Unpaged is for the export, which
	 * is the whole record the filter selects.
	 */
	public Page<Signature> signaturesBy(long officerId, SignatureFilter filter, ZoneId zone, Pageable pageable) {
		filter.check();
		Pageable sorted = pageable.isPaged()
				? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST)
				: Pageable.unpaged(NEWEST_FIRST);
		return signatures.findAll(bySigner(officerId, filter, zone), sorted);
	}

	/**
	 * The same signatures, newest first, the {@code size} that follow {@code after} (from the
	 * newest when null): a keyset window, so the last window of a long working life costs what the
	 * first does, and an export holds one window at a time instead of the whole record.
	 */
	public List<Signature> signaturesBy(long officerId, SignatureFilter filter, ZoneId zone, Signature after, int size) {
		filter.check();
		Specification<Signature> window = after == null ? bySigner(officerId, filter, zone)
				: bySigner(officerId, filter, zone).and(olderThan(after));
		return signatures.findBy(window, query -> query.sortBy(NEWEST_FIRST).limit(size).all());
	}

	/**
	 * After {@code last} in the newest-first order. The plain bound on the time is implied by the
	 * rest, but it is what lets the signer's index start at {@code last} rather than at the newest
	 * signature and skip every window already read.
	 */
	private static Specification<Signature> olderThan(Signature last) {
		return (root, query, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("signedAt"), last.getSignedAt()),
				cb.or(cb.lessThan(root.get("signedAt"), last.getSignedAt()),
						cb.and(cb.equal(root.get("signedAt"), last.getSignedAt()), cb.lessThan(root.get("id"), last.getId()))));
	}

	private Specification<Signature> bySigner(long officerId, SignatureFilter filter, ZoneId zone) {
		return filter.bySigner(officerId, zone,
				filter.onlyWithFindings() ? findings.signaturesWithFindings(officerId) : null);
	}
}
