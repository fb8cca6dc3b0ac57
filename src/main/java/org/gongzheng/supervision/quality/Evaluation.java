package org.gongzheng.supervision.quality;

import java.time.Instant;
import java.time.LocalDate;

/** A case drawn for evaluation in a month, and its result once scored. */
public record Evaluation(long id, long caseId, LocalDate month, long unitId, String unitPath, String caseNumber,
		String caseTitle, Long handlerId, Long coHandlerId, String reason, String status, Integer totalScore, Grade grade,
		String summary, Long evaluatorId, Instant evaluatedAt, long version) {

	public boolean scored() {
		return "SCORED".equals(status);
	}

	public String monthLabel() {
		return month.toString().substring(0, 7);
	}
}
