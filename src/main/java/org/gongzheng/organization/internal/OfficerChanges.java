package org.gongzheng.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongzheng.organization.QualificationLevel;

/**
 * What an update changed in an officer's record, for the audit log. Signatures and records show an
 * officer by their current name, so a name changed years later must leave the earlier one on record:
 * the log said only "OFFICER_UPDATED 210101", and whose name stood under a signature could no longer
 * be told. The phone is personal data and is said to have changed, not what to.
 */
record OfficerChanges(String name, long unitId, String post, String phone, boolean active, QualificationLevel level,
		LocalDate validFrom, LocalDate validUntil) {

	static OfficerChanges of(Officer officer) {
		return new OfficerChanges(officer.getName(), officer.getUnitId(), officer.getPost(), officer.getPhone(),
				officer.isActive(), officer.getQualificationLevel(), officer.getQualificationValidFrom(),
				officer.getQualificationValidUntil());
	}

	/** "name 李所安 → 李安; unit 7 → 8", or "no change". */
	String to(OfficerChanges after) {
		List<String> changes = new ArrayList<>();
		change(changes, "name", name, after.name);
		change(changes, "unit", unitId, after.unitId);
		change(changes, "post", post, after.post);
		if (!Objects.equals(blankToNull(phone), blankToNull(after.phone))) {
			changes.add("phone changed");
		}
		change(changes, "active", active, after.active);
		change(changes, "qualification", qualification(), after.qualification());
		return changes.isEmpty() ? "no change" : String.join("; ", changes);
	}

	private String qualification() {
		return level == null ? null : level + " " + validFrom + ".." + validUntil;
	}

	private static void change(List<String> changes, String field, Object before, Object after) {
		Object was = before instanceof String text ? blankToNull(text) : before;
		Object is = after instanceof String text ? blankToNull(text) : after;
		if (!Objects.equals(was, is)) {
			changes.add(field + " " + (was == null ? "-" : was) + " → " + (is == null ? "-" : is));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
