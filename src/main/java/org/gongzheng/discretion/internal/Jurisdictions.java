package org.gongzheng.discretion.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Which jurisdictions' standards apply to a unit, most local first. Public security unit codes
 * begin with the administrative division code of their area (e.g. 990102… for a district of city
 * 9901 in province 99), so a unit's standards are looked up for its district, its city, its
 * province and finally the national statutory ranges.
 */
@Component
public class Jurisdictions {

	public static final String NATIONAL = "000000";

	private final Organization organization;

	Jurisdictions(Organization organization) {
		this.organization = organization;
	}

	public List<String> of(long unitId) {
		UnitSummary unit = organization.unit(unitId).orElseThrow(() -> new NotFoundException("error.notFound"));
		return chain(unit.code());
	}

	/** The city a unit's legal department maintains standards for (e.g. 990100). */
	public String cityOf(long unitId) {
		UnitSummary unit = organization.unit(unitId).orElseThrow(() -> new NotFoundException("error.notFound"));
		String code = unit.code();
		return code != null && code.length() >= 4 && code.substring(0, 4).chars().allMatch(Character::isDigit)
				? code.substring(0, 4) + "00" : NATIONAL;
	}

	static List<String> chain(String unitCode) {
		LinkedHashSet<String> chain = new LinkedHashSet<>();
		if (unitCode != null && unitCode.length() >= 6 && unitCode.substring(0, 6).chars().allMatch(Character::isDigit)) {
			String division = unitCode.substring(0, 6);
			chain.add(division);
			chain.add(division.substring(0, 4) + "00");
			chain.add(division.substring(0, 2) + "0000");
		}
		chain.add(NATIONAL);
		return new ArrayList<>(chain);
	}
}
