package org.gongzheng.supervision.quality;

import java.time.YearMonth;

/** What the evaluation list is narrowed to; every part is optional. */
public record EvaluationFilter(YearMonth month, String status, Grade grade, String reason, Long unitId, String caseNumber) {
}
