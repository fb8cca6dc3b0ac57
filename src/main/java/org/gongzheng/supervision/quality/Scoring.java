package org.gongzheng.supervision.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongzheng.shared.error.InvalidInputException;

/**
 * Totals an evaluation and grades it. Every checklist item must be scored between zero and its
 * points, and any deduction must say why, so that the handler can learn from the note.
 */
public final class Scoring {

	static final int NOTE_MAX = 1000;

	private Scoring() {
	}

	public record ItemScore(Integer awarded, String note) {
	}

	public record Thresholds(int excellentMin, int passMin) {

		public Thresholds {
			if (passMin > excellentMin) {
				throw new IllegalArgumentException("The pass threshold lies above the excellent one");
			}
		}
	}

	public record Result(int total, int maximum, Grade grade) {
	}

	public static Result score(List<ChecklistItem> items, Map<String, ItemScore> scores, Thresholds thresholds) {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		int total = 0;
		int maximum = 0;
		for (ChecklistItem item : items) {
			maximum += item.points();
			ItemScore score = scores.get(item.code());
			String field = "awarded[" + item.code() + "]";
			if (score == null || score.awarded() == null) {
				problems.add(new InvalidInputException.FieldProblem(field, "validation.required", new Object[0]));
				continue;
			}
			if (score.awarded() < 0 || score.awarded() > item.points()) {
				problems.add(new InvalidInputException.FieldProblem(field, "evaluation.score.range",
						new Object[] { item.points() }));
				continue;
			}
			String note = score.note() == null ? "" : score.note().strip();
			if (score.awarded() < item.points() && note.isEmpty()) {
				problems.add(new InvalidInputException.FieldProblem("notes[" + item.code() + "]", "evaluation.score.noteRequired",
						new Object[0]));
			}
			if (note.length() > NOTE_MAX) {
				problems.add(new InvalidInputException.FieldProblem("notes[" + item.code() + "]", "validation.tooLong",
						new Object[] { NOTE_MAX }));
			}
			total += score.awarded();
		}
		for (String code : scores.keySet()) {
			if (items.stream().noneMatch(i -> i.code().equals(code))) {
				problems.add(new InvalidInputException.FieldProblem("awarded[" + code + "]", "evaluation.score.unknownItem",
						new Object[] { code }));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Result(total, maximum, grade(total, thresholds));
	}

	public static Grade grade(int total, Thresholds thresholds) {
		if (total >= thresholds.excellentMin()) {
			return Grade.EXCELLENT;
		}
		return total >= thresholds.passMin() ? Grade.PASS : Grade.FAIL;
	}
}
