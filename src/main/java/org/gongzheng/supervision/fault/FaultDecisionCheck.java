package org.gongzheng.supervision.fault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongzheng.shared.error.InvalidInputException;

/**
 * What is wrong with a decision on a fault, each problem on the field of the entry that has it, in
 * the order the entries were sent: a client may list the people in any order, and a message on
 * another entry's field would send whoever reads it to a person who had nothing missing.
 */
final class FaultDecisionCheck {

	private static final int NOTE_MAX = 1000;

	private FaultDecisionCheck() {
	}

	/** The problems of {@code decisions} for {@code fault}; {@code outcomes}: the outcome codes there are. */
	static List<InvalidInputException.FieldProblem> problems(Fault fault, List<Faults.PersonDecision> decisions,
			Set<String> outcomes) {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		Map<Long, Fault.Responsibility> proposed = new HashMap<>();
		fault.people().forEach(person -> proposed.put(person.id(), person));
		Set<Long> decided = new HashSet<>();
		List<Faults.PersonDecision> sent = decisions == null ? List.of() : decisions;
		for (int i = 0; i < sent.size(); i++) {
			String prefix = "people[" + i + "].";
			Faults.PersonDecision d = sent.get(i);
			if (d == null || d.responsibilityId() == null) {
				problems.add(problem(prefix + "responsibilityId", "validation.required"));
				continue;
			}
			if (!proposed.containsKey(d.responsibilityId())) {
				problems.add(problem(prefix + "responsibilityId", "fault.person.unknown", d.responsibilityId()));
				continue;
			}
			if (!decided.add(d.responsibilityId())) {
				problems.add(problem(prefix + "responsibilityId", "fault.person.twice", d.responsibilityId()));
				continue;
			}
			problems.addAll(problemsOf(d, prefix, outcomes));
		}
		for (Fault.Responsibility person : fault.people()) {
			if (!decided.contains(person.id())) {
				problems.add(problem("people", "fault.person.missing", person.officerName(), person.policeNumber(),
						person.id()));
			}
		}
		return problems;
	}

	/** A responsible person needs a kind and an outcome; a person cleared needs the reason written down. */
	private static List<InvalidInputException.FieldProblem> problemsOf(Faults.PersonDecision d, String prefix,
			Set<String> outcomes) {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		if (d.responsible() == null) {
			problems.add(problem(prefix + "responsible", "validation.required"));
			return problems;
		}
		if (d.responsible()) {
			if (d.responsibilityKind() == null || !Faults.RESPONSIBILITY_KINDS.contains(d.responsibilityKind())) {
				problems.add(problem(prefix + "responsibilityKind", blank(d.responsibilityKind())
						? "validation.required" : "validation.choice"));
			}
			if (d.outcome() == null || !outcomes.contains(d.outcome())) {
				problems.add(problem(prefix + "outcome", blank(d.outcome()) ? "validation.required" : "validation.choice"));
			}
		}
		else if (blank(d.note())) {
			// Clearing someone of a lifelong accountability is itself a ruling on the record: it says why.
			problems.add(problem(prefix + "note", "fault.note.reasonRequired"));
		}
		if (d.note() != null && d.note().strip().length() > NOTE_MAX) {
			problems.add(problem(prefix + "note", "validation.tooLong", NOTE_MAX));
		}
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static InvalidInputException.FieldProblem problem(String field, String code, Object... arguments) {
		return new InvalidInputException.FieldProblem(field, code, arguments);
	}
}
