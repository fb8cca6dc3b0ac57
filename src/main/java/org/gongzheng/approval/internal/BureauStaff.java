package org.gongzheng.approval.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.error.FieldProblems;

/**
 * A bureau's units and officers, read once, and what they can staff: whether links could run in the
 * bureau at all (what an edit checks) and where a unit's cases would meet a link with nobody to sign
 * it (the staffing report). Checking links as typed asks both, of the same read.
 */
final class BureauStaff {

	private static final Set<Role> SIGNING_ROLES = EnumSet.of(Role.REVIEWER, Role.LEGAL, Role.LEADER);

	/** The units that handle cases as a rule. */
	private static final Set<UnitKind> HANDLING_UNITS = EnumSet.of(UnitKind.STATION, UnitKind.SQUADRON);

	/** Units that handle cases only where someone there handles cases. */
	private static final Set<UnitKind> OTHER_UNITS = EnumSet.of(UnitKind.BUREAU, UnitKind.SUB_BUREAU,
			UnitKind.TRAFFIC_BRIGADE, UnitKind.DEPARTMENT, UnitKind.TEAM);

	private final Organization organization;

	private final DataScope scope;

	private final List<UnitSummary> units;

	private final Map<Long, UnitSummary> byId;

	private final LinkCandidates candidates;

	/** The officers who could sign anything, by id. */
	private final Map<Long, OfficerSummary> signingOfficers;

	/** The units that handle cases, in path order; read only when gaps are asked for, not by an edit's check. */
	private List<UnitSummary> handling;

	private BureauStaff(Organization organization, DataScope scope, List<UnitSummary> units, LocalDate today) {
		this.organization = organization;
		this.scope = scope;
		this.units = units;
		this.byId = units.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
		// Only those who could sign anything: a bureau's thousands of officers without a signing role
		// would cost most of the read and never be a candidate.
		List<OfficerSummary> signing = organization.officersHoldingAny(scope, SIGNING_ROLES);
		this.signingOfficers = signing.stream().collect(Collectors.toMap(OfficerSummary::id, Function.identity()));
		this.candidates = new LinkCandidates(signing, byId, today);
	}

	static BureauStaff of(Organization organization, SignedInOfficer viewer, LocalDate today) {
		DataScope scope = new DataScope(viewer.bureauPath());
		return new BureauStaff(organization, scope, organization.unitsIn(scope), today);
	}

	private List<UnitSummary> handling() {
		if (handling == null) {
			// Cases are registered in their officer's unit, so the cases of a department's or a
			// sub-bureau's own case handlers belong there, and a link at the station's level may find
			// nobody for them.
			Set<Long> elsewhere = organization.unitsWhereSomeoneHolds(scope, Role.OFFICER, OTHER_UNITS);
			handling = units.stream()
				.filter(u -> HANDLING_UNITS.contains(u.kind()) || (elsewhere.contains(u.id()) && !insideAHandlingUnit(u)))
				.toList();
		}
		return handling;
	}

	/**
	 * Whether the unit is a team inside a station or squadron: its cases reach the signers of the
	 * station and its own, so the station's gaps already cover them.
	 */
	private boolean insideAHandlingUnit(UnitSummary unit) {
		return LinkCandidates.unitsOnPath(unit.path(), byId)
			.stream()
			.anyMatch(above -> above.id() != unit.id() && HANDLING_UNITS.contains(above.kind()));
	}

	/**
	 * Refuses links the bureau could not run, per field: a role that signs nothing, a legal link
	 * outside the legal department, a link nobody in the bureau could sign, or more links than the
	 * bureau has different people for (a countersign link taking everyone it would name).
	 */
	void check(List<LinkSpec> links) {
		FieldProblems problems = new FieldProblems();
		List<Set<Long>> signers = new ArrayList<>();
		int highest = -1;
		boolean incomplete = false;
		for (int i = 0; i < links.size(); i++) {
			LinkSpec link = links.get(i);
			if (link == null || link.role() == null || link.unitLevel() == null || link.minQualification() == null) {
				// Bean validation names what is missing; the complete links are still checked, so a form
				// shows every problem at once.
				incomplete = true;
				continue;
			}
			String prefix = "links[" + i + "].";
			// Approval goes up the ranks (station, sub-bureau, bureau leader); legal review may come
			// between any of them, as the legal department stands beside the ranks, not in them.
			if (link.unitLevel() != null && link.unitLevel() != UnitLevel.BUREAU_LEGAL) {
				if (highest >= 0 && link.unitLevel().ordinal() < links.get(highest).unitLevel().ordinal()) {
					problems.add(prefix + "unitLevel", "approval.chain.level.descending", i + 1, highest + 1);
				}
				else {
					highest = i;
				}
			}
			if (!SIGNING_ROLES.contains(link.role())) {
				problems.add(prefix + "role", "approval.chain.role.invalid");
				continue;
			}
			if (link.role() == Role.LEGAL && link.unitLevel() != UnitLevel.BUREAU_LEGAL) {
				problems.add(prefix + "unitLevel", "approval.chain.legal.level");
			}
			signers.add(candidates.inBureau(link));
			if (signers.get(signers.size() - 1).isEmpty()) {
				problems.add(prefix + "role", withoutLegalAffairs(link) ? "approval.chain.noLegalAffairs"
						: "approval.chain.nobody");
			}
		}
		problems.throwIfAny();
		if (incomplete) {
			return;
		}
		// Nobody signs two links of one round: each link needs someone of its own, and a countersign
		// link takes everyone it names.
		Optional<Integer> alone = DistinctSigners.firstWithoutOwnSigner(signers);
		DistinctSigners.firstWithoutOwnSigner(DistinctSigners.afterCountersigns(signers, countersigns(links),
				(k, i) -> namedWherever(links.get(k), links.get(i))))
			.ifPresent(i -> problems.add("links[" + i + "].role",
					alone.equals(Optional.of(i)) ? "approval.chain.sameSigners" : "approval.chain.countersigned"));
		problems.throwIfAny();
	}

	/**
	 * Whether the countersign link names, for every unit's cases, each of its candidates in the
	 * bureau who could sign the later link for those cases. Only then may the bureau as a whole take
	 * them from the later link: a countersign review at the sub-bureau's rank names a detachment's
	 * head only for the detachment's own cases, and he may still take a later legal review for a
	 * station's. It holds where both links stand at the same level (the same units for the same
	 * cases) and where the countersign link stands at the bureau's leaders or its legal department,
	 * the same for every case of the bureau. Otherwise the per-unit gaps tell where it falls short.
	 */
	private static boolean namedWherever(LinkSpec countersign, LinkSpec later) {
		return countersign.unitLevel() == later.unitLevel() || countersign.unitLevel() == UnitLevel.BUREAU_LEADER
				|| countersign.unitLevel() == UnitLevel.BUREAU_LEGAL;
	}

	private static List<Boolean> countersigns(List<LinkSpec> links) {
		return links.stream().map(LinkSpec::countersign).toList();
	}

	/** The gaps of the links in the bureau, by unit path; empty when every unit can staff them. */
	List<ChainStaffing.Gap> gaps(List<LinkSpec> links) {
		return handling().stream().flatMap(unit -> gapsOf(unit, links).stream()).toList();
	}

	private List<ChainStaffing.Gap> gapsOf(UnitSummary unit, List<LinkSpec> links) {
		List<Set<Long>> signers = links.stream().map(link -> candidates.forCasesOf(link, unit)).toList();
		List<ChainStaffing.Gap> gaps = new ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			if (signers.get(i).isEmpty()) {
				gaps.add(gap(unit, links, i, withoutLegalAffairs(links.get(i)) ? ChainStaffing.Shortage.NO_LEGAL_AFFAIRS
						: ChainStaffing.Shortage.NOBODY));
			}
		}
		if (gaps.isEmpty()) {
			// The candidates here are this unit's, so a countersign link names every one of them.
			Optional<Integer> left = DistinctSigners.firstWithoutOwnSigner(afterCountersigns(links, signers));
			left.ifPresent(i -> gaps.add(gap(unit, links, i, ChainStaffing.Shortage.SAME_SIGNERS)));
		}
		if (gaps.isEmpty()) {
			gaps.addAll(ownCaseGaps(unit, links, signers));
		}
		return gaps;
	}

	/**
	 * The links the unit's own signers' cases would meet without a signer. Nobody signs a case they
	 * handle, so a chief who also handles cases (holds OFFICER) needs someone else at each link he
	 * could sign: with him taken out, every link must still have a signer of its own.
	 */
	private List<ChainStaffing.Gap> ownCaseGaps(UnitSummary unit, List<LinkSpec> links, List<Set<Long>> signers) {
		List<ChainStaffing.Gap> gaps = new ArrayList<>();
		signers.stream()
			.flatMap(Set::stream)
			.distinct()
			.map(signingOfficers::get)
			.filter(o -> o.roles().contains(Role.OFFICER) && o.unitPath().startsWith(unit.path()))
			.sorted(Comparator.comparing(OfficerSummary::policeNumber))
			.forEach(handler -> DistinctSigners
				.firstWithoutOwnSigner(afterCountersigns(links, signers.stream().map(s -> without(s, handler.id())).toList()))
				.ifPresent(i -> gaps.add(gap(unit, links, i, ChainStaffing.Shortage.OWN_CASES, handler))));
		return gaps;
	}

	/** The candidates of one unit's cases left to each link once its earlier countersign links took theirs. */
	private static List<Set<Long>> afterCountersigns(List<LinkSpec> links, List<Set<Long>> signers) {
		return DistinctSigners.afterCountersigns(signers, countersigns(links), (k, i) -> true);
	}

	private static Set<Long> without(Set<Long> signers, long officer) {
		Set<Long> left = new HashSet<>(signers);
		left.remove(officer);
		return left;
	}

	/**
	 * Whether the link is a legal review in a bureau with no unit marked as its legal-affairs
	 * department: a new bureau's first gap, which staffing cannot fill until an administrator marks one.
	 */
	private boolean withoutLegalAffairs(LinkSpec link) {
		return link.unitLevel() == UnitLevel.BUREAU_LEGAL && units.stream().noneMatch(UnitSummary::legalAffairs);
	}

	private static ChainStaffing.Gap gap(UnitSummary unit, List<LinkSpec> links, int index,
			ChainStaffing.Shortage shortage) {
		return gap(unit, links, index, shortage, null);
	}

	private static ChainStaffing.Gap gap(UnitSummary unit, List<LinkSpec> links, int index,
			ChainStaffing.Shortage shortage, OfficerSummary handler) {
		LinkSpec link = links.get(index);
		return new ChainStaffing.Gap(unit, index + 1, link.nameZh(), link.nameEn(), shortage, handler);
	}
}
