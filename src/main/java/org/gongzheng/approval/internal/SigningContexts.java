package org.gongzheng.approval.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerInUnit;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.time.DefaultZone;

/** Gathers what the signing rules need, for one signer or for everyone who might sign. */
@Component
class SigningContexts {

	private final ApprovalCaseFiles files;

	private final Organization organization;

	private final RequestRecords records;

	private final SignatureRepository signatures;

	private final Clock clock;

	private final DefaultZone zone;

	SigningContexts(ApprovalCaseFiles files, Organization organization, RequestRecords records,
			SignatureRepository signatures, Clock clock, DefaultZone zone) {
		this.files = files;
		this.organization = organization;
		this.records = records;
		this.signatures = signatures;
		this.clock = clock;
		this.zone = zone;
	}

	ApprovalCaseFiles.CaseFile caseFile(long caseId) {
		return files.find(caseId).orElseThrow(() -> new NotFoundException("case.notFound", caseId));
	}

	Map<Long, ApprovalCaseFiles.CaseFile> caseFiles(Collection<Long> caseIds) {
		return files.findAll(caseIds);
	}

	List<Long> openCasesHandledBy(long officerId) {
		return files.openCasesHandledBy(officerId);
	}

	/** What changed on the request's case since its round was submitted, at most {@code limit} changes. */
	List<ApprovalCaseFiles.CaseChange> changesSinceSubmission(ApprovalRequest request, int limit) {
		return files.changesSince(request.getCaseId(), request.getSubmittedAt(), limit);
	}

	List<ApprovalCaseFiles.Material> materials(long caseId) {
		return files.materials(caseId);
	}

	Set<Long> voided(Collection<Long> materialIds) {
		return files.voided(materialIds);
	}

	SigningContext of(ApprovalRequest request, ChainLink link, long signerId) {
		List<PinnedMaterial> pinned = records.pinned(request.getId(), request.getRound());
		return of(request, link, signerId, pinned, firstViews(request, signerId, pinned), signedThisRound(request, link));
	}

	/**
	 * As above, with what the caller has already read: the round's materials, the signer's first
	 * views of them and the links each officer signed in the round ({@link #byOfficer}).
	 */
	SigningContext of(ApprovalRequest request, ChainLink link, long signerId, List<PinnedMaterial> pinned,
			Map<Long, Instant> views, Map<Long, Set<Integer>> signedInRound) {
		OfficerInUnit found = organization.officerInUnit(signerId)
			.orElseThrow(() -> new NotFoundException("officer.notFound", signerId));
		OfficerSummary signer = found.officer();
		UnitSummary unit = found.unit();
		Set<Integer> signed = signedInRound.getOrDefault(signerId, Set.of());
		// The summary was just read in this transaction; its flag is the column ApprovalRights keeps.
		return new SigningContext(request, link, caseFile(request.getCaseId()), signer, unit,
				signer.approvalRightsSuspended(), today(), pinned, views, signed.contains(link.getOrder()),
				otherLink(signed, link), named(request, link));
	}

	/**
	 * For the queue: whether an already loaded signer may take each request's open link, reading
	 * apart (the queue lists what is waiting for them, read or not). The case files come in one
	 * query; only countersign links cost a query of their own.
	 */
	Map<Long, SigningContext> withoutReading(List<ApprovalRequest> waiting, Map<Long, ChainLink> links,
			OfficerInUnit signer) {
		Map<Long, ApprovalCaseFiles.CaseFile> cases = files.findAll(
				waiting.stream().map(ApprovalRequest::getCaseId).collect(Collectors.toSet()));
		LocalDate today = today();
		Map<Long, Set<Integer>> signedBySigner = records.linksSignedInCurrentRound(signer.officer().id(),
				waiting.stream().map(ApprovalRequest::getId).toList());
		Map<Long, SigningContext> contexts = new HashMap<>();
		for (ApprovalRequest request : waiting) {
			ChainLink link = links.get(request.getId());
			ApprovalCaseFiles.CaseFile file = cases.get(request.getCaseId());
			if (file == null) {
				continue;
			}
			Set<Integer> signed = signedBySigner.getOrDefault(request.getId(), Set.of());
			contexts.put(request.getId(), new SigningContext(request, link, file, signer.officer(), signer.unit(),
					signer.officer().approvalRightsSuspended(), today, List.of(), Map.of(),
					signed.contains(link.getOrder()), otherLink(signed, link), named(request, link)));
		}
		return contexts;
	}

	Optional<OfficerInUnit> officer(long officerId) {
		return organization.officerInUnit(officerId);
	}

	/**
	 * Officers of the case's bureau who could sign the link, reading apart; for countersign links
	 * this is who gets named. One query finds the bureau's active officers with the link's role;
	 * the other rules run on what is already loaded (the summary carries the approval-rights flag,
	 * the same column ApprovalRights reads), so the cost no longer grows with a query set
	 * per candidate. Reading is left out: whoever has not read yet can still take the link.
	 */
	Set<Long> candidates(ApprovalRequest request, ChainLink link, Set<Long> named) {
		return candidates(request, link, named, caseFile(request.getCaseId()));
	}

	/** As above, with the request's case file already read. */
	Set<Long> candidates(ApprovalRequest request, ChainLink link, Set<Long> named, ApprovalCaseFiles.CaseFile file) {
		return candidates(request, link, named, file, this::staff, () -> signedThisRound(request, link));
	}

	/** As above, with the links each officer signed in the round already read ({@link #byOfficer}). */
	Set<Long> candidates(ApprovalRequest request, ChainLink link, Set<Long> named, ApprovalCaseFiles.CaseFile file,
			Map<Long, Set<Integer>> signedInRound) {
		return candidates(request, link, named, file, this::staff, () -> signedInRound);
	}

	/**
	 * As above, for a list of requests: the bureau's officers holding a role come through
	 * {@code staff} ({@link #staffReadOnce()}, each bureau and role read once for the list), and who
	 * signed what from {@link #signedInCurrentRounds}, one query for the list.
	 */
	Set<Long> candidates(ApprovalRequest request, ChainLink link, Set<Long> named, ApprovalCaseFiles.CaseFile file,
			BiFunction<String, Role, List<OfficerInUnit>> staff, Map<Long, Set<Integer>> signedInRound) {
		return candidates(request, link, named, file, staff, () -> signedInRound);
	}

	/** For each request, the links each officer signed in its current round; one query for them all. */
	Map<Long, Map<Long, Set<Integer>>> signedInCurrentRounds(Collection<ApprovalRequest> requests) {
		return records.signedInCurrentRounds(requests.stream().map(ApprovalRequest::getId).toList());
	}

	/**
	 * Those whom only the case being theirs keeps from the link (they handle it or submitted it):
	 * where nobody can sign, these say why, and that another reviewer is needed.
	 */
	Set<Long> stoppedOnlyByOwnCase(ApprovalRequest request, ChainLink link, Set<Long> named,
			ApprovalCaseFiles.CaseFile file, Map<Long, Set<Integer>> signedInRound) {
		return candidates(request, link, named, file, this::staff, () -> signedInRound,
				SigningRules::stoppedOnlyByOwnCase);
	}

	private Set<Long> candidates(ApprovalRequest request, ChainLink link, Set<Long> named,
			ApprovalCaseFiles.CaseFile file, BiFunction<String, Role, List<OfficerInUnit>> staff,
			Supplier<Map<Long, Set<Integer>>> signedInRound) {
		return candidates(request, link, named, file, staff, signedInRound, SigningRules::eligible);
	}

	private Set<Long> candidates(ApprovalRequest request, ChainLink link, Set<Long> named,
			ApprovalCaseFiles.CaseFile file, BiFunction<String, Role, List<OfficerInUnit>> staff,
			Supplier<Map<Long, Set<Integer>>> signedInRound, Predicate<SigningContext> fits) {
		String bureau = file.unitPath().substring(0, file.unitPath().indexOf('/', 1) + 1);
		LocalDate today = today();
		List<OfficerInUnit> atLevel = staff.apply(bureau, link.getRole()).stream()
			.filter(o -> o.officer().active() && o.officer().qualifiedOn(today, link.getMinQualification()))
			.filter(o -> link.getUnitLevel().matches(o.unit(), file.unitPath()))
			.toList();
		if (atLevel.isEmpty()) {
			return Set.of();
		}
		Map<Long, Set<Integer>> signed = signedInRound.get();
		return atLevel.stream()
			.filter(o -> fits.test(new SigningContext(request, link, file, o.officer(), o.unit(),
					o.officer().approvalRightsSuspended(), today, List.of(), Map.of(),
					signed.getOrDefault(o.officer().id(), Set.of()).contains(link.getOrder()),
					otherLink(signed.getOrDefault(o.officer().id(), Set.of()), link),
					named.isEmpty() ? Set.of(o.officer().id()) : named)))
			.map(o -> o.officer().id())
			.collect(Collectors.toSet());
	}

	private List<OfficerInUnit> staff(String bureauPath, Role role) {
		return organization.officersIn(new DataScope(bureauPath), role);
	}

	/** The bureau's officers holding a role, each bureau and role read once by the function returned. */
	BiFunction<String, Role, List<OfficerInUnit>> staffReadOnce() {
		Map<String, List<OfficerInUnit>> read = new HashMap<>();
		return (bureauPath, role) -> read.computeIfAbsent(bureauPath + ' ' + role, key -> staff(bureauPath, role));
	}

	/**
	 * Of the named officers given, those a rule about themselves (not the request, not reading)
	 * stops from signing the link now, each with the first such rule and the cause that applied;
	 * an officer no longer on record counts as stopped too.
	 */
	Map<Long, ReleaseReason> unableToSign(ApprovalRequest request, ChainLink link, Collection<Long> officerIds,
			Set<Long> named) {
		ApprovalCaseFiles.CaseFile file = caseFile(request.getCaseId());
		LocalDate today = today();
		Map<Long, ReleaseReason> unable = new HashMap<>();
		Map<Long, Set<Integer>> signed = signedThisRound(request, link);
		for (long officerId : officerIds) {
			Optional<OfficerInUnit> found = organization.officerInUnit(officerId);
			if (found.isEmpty()) {
				unable.put(officerId, ReleaseReason.notFound());
				continue;
			}
			OfficerInUnit o = found.get();
			SigningRules.personalStop(new SigningContext(request, link, file, o.officer(), o.unit(),
					o.officer().approvalRightsSuspended(), today, List.of(), Map.of(), false,
					otherLink(signed.getOrDefault(officerId, Set.of()), link), named))
				.ifPresent(reason -> unable.put(officerId, reason));
		}
		return unable;
	}

	/** Who was named to countersign the link; other links name nobody. */
	Set<Long> named(ApprovalRequest request, ChainLink link) {
		if (!link.isCountersign()) {
			return Set.of();
		}
		return records.named(request.getId(), request.getRound(), link.getOrder());
	}

	/**
	 * The links each officer has signed in the request's current round. A round opens at the first
	 * link and a link other than a countersign one is decided by its first signature, so on a
	 * round's first link that is not a countersign one nobody has signed anything yet.
	 */
	private Map<Long, Set<Integer>> signedThisRound(ApprovalRequest request, ChainLink link) {
		if (link.getOrder() == 1 && !link.isCountersign()) {
			return Map.of();
		}
		return byOfficer(signatures.findByRequestIdAndRound(request.getId(), request.getRound()), request.getRound());
	}

	/** The links each officer signed in the round, from signatures of any rounds. */
	static Map<Long, Set<Integer>> byOfficer(List<Signature> signed, int round) {
		return signed.stream()
			.filter(signature -> signature.getRound() == round)
			.collect(Collectors.groupingBy(Signature::getSignerId,
					Collectors.mapping(Signature::getLinkOrder, Collectors.toSet())));
	}

	/** Another link than this one among those an officer signed in the round, the first; null if none. */
	private static Integer otherLink(Set<Integer> signed, ChainLink link) {
		return signed.stream().filter(order -> order != link.getOrder()).min(Integer::compare).orElse(null);
	}

	/**
	 * The pinned materials the officer has opened since the request's current round was submitted,
	 * each with the first time they opened it in this round (which the signature records and
	 * supervision's SIGNED_TOO_FAST rule measures from; a reading for an earlier round would hide
	 * a signature given seconds after reopening).
	 */
	Map<Long, Instant> firstViews(ApprovalRequest request, long officerId, List<PinnedMaterial> pinned) {
		return files.firstViews(officerId, pinned.stream().map(PinnedMaterial::id).toList(), request.getSubmittedAt());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone.zoneId()));
	}
}
