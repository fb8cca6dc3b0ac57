package org.gongzheng.document.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Finds the authority that issues a unit's documents: the nearest unit at or above it that
 * decides in its own name (a sub-bureau, the traffic police brigade, or the bureau). Stations and
 * squadrons issue in the name of the authority above them.
 */
@Component
class Authorities {

	private final Organization organization;

	Authorities(Organization organization) {
		this.organization = organization;
	}

	Authority of(long unitId) {
		UnitSummary unit = organization.unit(unitId).orElseThrow(() -> new NotFoundException("error.notFound"));
		List<Long> ancestry = new ArrayList<>();
		for (String part : unit.path().split("/")) {
			if (!part.isEmpty()) {
				ancestry.add(Long.valueOf(part));
			}
		}
		Map<Long, UnitSummary> units = organization.units(ancestry);
		UnitSummary bureau = units.get(ancestry.get(0));
		List<Long> upwards = new ArrayList<>(ancestry);
		Collections.reverse(upwards);
		for (Long id : upwards) {
			UnitSummary candidate = units.get(id);
			if (candidate == null) {
				continue;
			}
			if (candidate.kind() == UnitKind.SUB_BUREAU || candidate.kind() == UnitKind.TRAFFIC_BRIGADE
					|| candidate.kind() == UnitKind.BUREAU) {
				String name = candidate.kind() == UnitKind.BUREAU || bureau == null ? candidate.nameZh()
						: bureau.nameZh() + candidate.nameZh();
				return new Authority(candidate.id(), name, word(candidate));
			}
		}
		return new Authority(unit.id(), unit.nameZh(), word(unit));
	}

	/** The traffic brigade's short name 青公交 is written 青公（交） in numbers. */
	static String word(UnitSummary unit) {
		String shortName = unit.shortName() == null || unit.shortName().isBlank() ? unit.code() : unit.shortName().strip();
		if (unit.kind() == UnitKind.TRAFFIC_BRIGADE && shortName.endsWith("交") && shortName.length() > 1) {
			return shortName.substring(0, shortName.length() - 1) + "（交）";
		}
		return shortName;
	}
}
