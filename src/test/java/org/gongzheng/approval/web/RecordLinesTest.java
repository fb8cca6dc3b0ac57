package org.gongzheng.approval.web;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordLinesTest {

	@Test
	void aCasesLinesReadOldestFirstWithASubmissionBeforeASignatureOfTheSameInstant() {
		Instant t = Instant.parse("2026-05-01T08:00:00Z");
		List<RecordTable.Line> lines = new ArrayList<>(List.of(line(t.plusSeconds(60), RecordTable.Line.SIGNED, "signed"),
				line(t, RecordTable.Line.SIGNED, "first signature"), line(t, RecordTable.Line.SUBMITTED, "submitted"),
				line(t.plusSeconds(120), RecordTable.Line.WITHDRAWN, "withdrawn")));

		lines.sort(RecordTable.Line.OLDEST_FIRST);

		assertThat(lines).extracting(l -> l.cells().get(0)).containsExactly("submitted", "first signature", "signed",
				"withdrawn");
	}

	@Test
	void releasesAreWrittenAmongTheWindowOfSignaturesTheyFallInAndTheRestWithTheLastWindow() {
		Instant t = Instant.parse("2026-05-01T08:00:00Z");
		Deque<RecordTable.Line> releases = new ArrayDeque<>(List.of(line(t.plusSeconds(500), RecordTable.Line.RELEASED, "r500"),
				line(t.plusSeconds(250), RecordTable.Line.RELEASED, "r250"),
				line(t.plusSeconds(50), RecordTable.Line.RELEASED, "r50")));
		List<RecordTable.Line> newer = List.of(line(t.plusSeconds(400), RecordTable.Line.SIGNED, "s400"),
				line(t.plusSeconds(300), RecordTable.Line.SIGNED, "s300"));
		List<RecordTable.Line> older = List.of(line(t.plusSeconds(200), RecordTable.Line.SIGNED, "s200"),
				line(t.plusSeconds(100), RecordTable.Line.SIGNED, "s100"));

		assertThat(RecordTable.Line.amongNewestFirst(newer, releases, false)).extracting(row -> row.get(0))
			.containsExactly("r500", "s400", "s300");
		assertThat(RecordTable.Line.amongNewestFirst(older, releases, true)).extracting(row -> row.get(0))
			.containsExactly("r250", "s200", "s100", "r50");
		assertThat(releases).isEmpty();
	}

	private static RecordTable.Line line(Instant at, int kind, String text) {
		return new RecordTable.Line(at, kind, List.of(text));
	}
}
