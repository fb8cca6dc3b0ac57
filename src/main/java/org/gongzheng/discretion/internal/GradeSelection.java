package org.gongzheng.discretion.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.gongzheng.discretion.Grade;

/**
 * Which grade the ticked circumstances select. With none, the ordinary grade. Lenient
 * circumstances alone select the most lenient of them (no penalty before mitigated before
 * lighter); heavier ones alone select heavier; both together offset each other and the ordinary
 * grade applies, the decision weighing them within it. A grade the standard does not define
 * falls back one step at a time towards ordinary.
 */
public final class GradeSelection {

	public record Selected(Grade grade, String reasonCode, Grade wanted) {
	}

	private GradeSelection() {
	}

	public static Selected select(Collection<Grade> ticked, Set<Grade> defined) {
		boolean heavier = ticked.contains(Grade.HEAVIER);
		Grade lenient = ticked.stream().filter(g -> g.compareTo(Grade.ORDINARY) < 0).min(Grade::compareTo).orElse(null);
		Grade wanted;
		String reason;
		if (ticked.isEmpty()) {
			wanted = Grade.ORDINARY;
			reason = "grade.reason.none";
		}
		else if (heavier && lenient != null) {
			wanted = Grade.ORDINARY;
			reason = "grade.reason.offset";
		}
		else if (heavier) {
			wanted = Grade.HEAVIER;
			reason = "grade.reason.heavier";
		}
		else {
			wanted = lenient;
			reason = "grade.reason.lenient";
		}
		Grade grade = wanted;
		while (!defined.contains(grade) && grade != Grade.ORDINARY) {
			grade = grade.compareTo(Grade.ORDINARY) < 0 ? Grade.values()[grade.ordinal() + 1] : Grade.ORDINARY;
		}
		if (!defined.contains(grade)) {
			grade = List.of(Grade.values()).stream().filter(defined::contains).findFirst().orElseThrow();
		}
		return new Selected(grade, grade == wanted ? reason : "grade.reason.fallback", wanted);
	}
}
