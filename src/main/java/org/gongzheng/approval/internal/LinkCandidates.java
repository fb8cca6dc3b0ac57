package org.gongzheng.approval.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.UnitSummary;

/**
 * Who could sign a link before there is a request: the bureau's officers holding the link's role and
 * qualification, with their approval rights, at a unit of the kind the link's level needs. Editing a
 * chain asks it of the bureau as a whole; the staffing report asks it for the cases of each unit that
 * handles them, where the level is judged from that unit as it is at run time.
 */
final class LinkCandidates {

	private final List<OfficerSummary> officers;

	private final Map<Long, UnitSummary> units;

	private final LocalDate today;

	/** Those holding each link's role and qualification, worked out once however many units ask. */
	private final Map<LinkSpec, List<OfficerSummary>> qualified = new HashMap<>();

	/** The same, by unit. */
	private final Map<LinkSpec, Map<Long, List<OfficerSummary>>> qualifiedByUnit = new HashMap<>();

	/** Who could sign each legal-department link, the same for every unit of the bureau. */
	private final Map<LinkSpec, Set<Long>> legal = new HashMap<>();

	LinkCandidates(List<OfficerSummary> officers, Map<Long, UnitSummary> units, LocalDate today) {
		this.officers = officers;
		this.units = units;
		this.today = today;
	}

	/** Anyone in the bureau who could sign the link for some case. */
	Set<Long> inBureau(LinkSpec link) {
		// The level relative to a case needs a case; one of a unit under the signer's own will do.
		return signers(link, (level, unit) -> level.matches(unit, unit.path() + "0/"));
	}

	/** Who could sign the link for a case of the handling unit. */
	Set<Long> forCasesOf(LinkSpec link, UnitSummary handlingUnit) {
		if (link.unitLevel() == UnitLevel.BUREAU_LEGAL) {
			// The bureau's legal department signs for every unit of the bureau alike.
			return legal.computeIfAbsent(link,
					l -> signers(l, (level, unit) -> level.matches(unit, handlingUnit.path())));
		}
		// The other levels sit on the case unit's own path, the unit itself or one above it, so only the
		// officers of those few units are looked at, however large the bureau.
		Map<Long, List<OfficerSummary>> byUnit = qualifiedByUnit.computeIfAbsent(link,
				l -> qualified.computeIfAbsent(l, this::qualified)
					.stream()
					.collect(Collectors.groupingBy(OfficerSummary::unitId)));
		Set<Long> found = new HashSet<>();
		for (UnitSummary unit : unitsOnPath(handlingUnit.path(), units)) {
			if (link.unitLevel().matches(unit, handlingUnit.path())) {
				byUnit.getOrDefault(unit.id(), List.of()).forEach(officer -> found.add(officer.id()));
			}
		}
		return found;
	}

	/** The units a materialized path names, from the bureau down to the unit itself, among those known. */
	static List<UnitSummary> unitsOnPath(String path, Map<Long, UnitSummary> units) {
		return Arrays.stream(path.split("/"))
			.filter(id -> !id.isEmpty())
			.map(id -> units.get(Long.parseLong(id)))
			.filter(Objects::nonNull)
			.toList();
	}

	private Set<Long> signers(LinkSpec link, LevelTest fits) {
		return qualified.computeIfAbsent(link, this::qualified)
			.stream()
			.filter(o -> units.containsKey(o.unitId()) && fits.test(link.unitLevel(), units.get(o.unitId())))
			.map(OfficerSummary::id)
			.collect(Collectors.toSet());
	}

	private List<OfficerSummary> qualified(LinkSpec link) {
		return officers.stream()
			.filter(o -> o.roles().contains(link.role()) && o.qualifiedOn(today, link.minQualification())
					&& !o.approvalRightsSuspended())
			.toList();
	}

	private interface LevelTest {

		boolean test(UnitLevel level, UnitSummary signerUnit);
	}
}
