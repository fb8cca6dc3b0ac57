package org.gongzheng.casework.internal;

import java.time.Instant;

/** The validated content of an intake registration. */
record Intake(String title, String summary, ReportSource reportSource, String reporterName, String reporterPhone,
		Instant occurredAt, String occurredPlace, Instant reportedAt, Long handlerId) {
}
