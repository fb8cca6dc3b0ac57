package org.gongzheng.supervision.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringTest {

	private static final Scoring.Thresholds THRESHOLDS = new Scoring.Thresholds(90, 75);

	private static final List<ChecklistItem> ITEMS = List.of(item("F1", 40), item("E1", 35), item("D1", 25));

	private static ChecklistItem item(String code, int points) {
		return new ChecklistItem(code, "FACTS", 1, points, code, code, "deduct", "deduct", null, null);
	}

	private static Map<String, Scoring.ItemScore> scores(int f1, int e1, int d1) {
		Map<String, Scoring.ItemScore> scores = new HashMap<>();
		scores.put("F1", new Scoring.ItemScore(f1, f1 < 40 ? "事实要素缺失" : null));
		scores.put("E1", new Scoring.ItemScore(e1, e1 < 35 ? "证据不足" : null));
		scores.put("D1", new Scoring.ItemScore(d1, d1 < 25 ? "超出幅度无理由" : null));
		return scores;
	}

	@Test
	void fullMarksAddUpToTheChecklistMaximumAndGradeExcellent() {
		Scoring.Result result = Scoring.score(ITEMS, scores(40, 35, 25), THRESHOLDS);
		assertThat(result.total()).isEqualTo(100);
		assertThat(result.maximum()).isEqualTo(100);
		assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
	}

	@Test
	void theExcellentThresholdItselfIsExcellentAndOneBelowIsAPass() {
		assertThat(Scoring.score(ITEMS, scores(30, 35, 25), THRESHOLDS).grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(Scoring.score(ITEMS, scores(29, 35, 25), THRESHOLDS).grade()).isEqualTo(Grade.PASS);
	}

	@Test
	void thePassThresholdItselfPassesAndOneBelowFails() {
		assertThat(Scoring.grade(75, THRESHOLDS)).isEqualTo(Grade.PASS);
		assertThat(Scoring.grade(74, THRESHOLDS)).isEqualTo(Grade.FAIL);
		assertThat(Scoring.score(ITEMS, scores(15, 35, 25), THRESHOLDS).grade()).isEqualTo(Grade.PASS);
		assertThat(Scoring.score(ITEMS, scores(14, 35, 25), THRESHOLDS).grade()).isEqualTo(Grade.FAIL);
	}

	@Test
	void everyItemMustBeScoredWithinItsPoints() {
		Map<String, Scoring.ItemScore> scores = scores(41, 35, 25);
		scores.remove("D1");
		assertThatThrownBy(() -> Scoring.score(ITEMS, scores, THRESHOLDS)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.fieldProblems()).extracting(InvalidInputException.FieldProblem::field,
						InvalidInputException.FieldProblem::messageCode)
					.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("awarded[F1]", "evaluation.score.range"),
							org.assertj.core.groups.Tuple.tuple("awarded[D1]", "validation.required")));
	}

	@Test
	void aNegativeScoreIsRefused() {
		assertThatThrownBy(() -> Scoring.score(ITEMS, scores(-1, 35, 25), THRESHOLDS))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aDeductionWithoutANoteIsRefused() {
		Map<String, Scoring.ItemScore> scores = scores(40, 35, 25);
		scores.put("E1", new Scoring.ItemScore(30, "  "));
		assertThatThrownBy(() -> Scoring.score(ITEMS, scores, THRESHOLDS)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.fieldProblems()).extracting(InvalidInputException.FieldProblem::field)
					.containsExactly("notes[E1]"));
	}

	@Test
	void aScoreForAnItemNotOnTheChecklistIsRefused() {
		Map<String, Scoring.ItemScore> scores = scores(40, 35, 25);
		scores.put("ZZ", new Scoring.ItemScore(1, null));
		assertThatThrownBy(() -> Scoring.score(ITEMS, scores, THRESHOLDS)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aPassThresholdAboveTheExcellentOneIsAMistakeInTheData() {
		assertThatThrownBy(() -> new Scoring.Thresholds(70, 80)).isInstanceOf(IllegalArgumentException.class);
	}
}
