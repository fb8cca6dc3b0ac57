package org.gongzheng.supervision.alerts;

import java.time.Instant;
import java.util.Map;

import org.gongzheng.supervision.rules.Severity;

/** An alert as the desk and the API show it. */
public record Alert(long id, String ruleCode, String subjectKey, Long caseId, long unitId, String unitPath, Long officerId,
		Severity severity, String reason, Map<String, Object> details, AlertStatus status, Instant raisedAt, Instant dueAt,
		Instant lastSeenAt, Instant conditionClearedAt, Long assignedTo, Instant assignedAt, int escalationLevel,
		Instant escalatedAt, Instant closedAt, Long closedBy, long version) {

	public boolean overdue(Instant now) {
		return status.open() && status != AlertStatus.RECTIFICATION_SUBMITTED && dueAt.isBefore(now);
	}

	/** The case number the rule recorded, if the alert concerns a case. */
	public String caseNumber() {
		Object number = details.get("caseNumber");
		return number == null ? "" : number.toString();
	}
}
