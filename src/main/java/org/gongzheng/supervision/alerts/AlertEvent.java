package org.gongzheng.supervision.alerts;

import java.time.Instant;

/** One step in an alert's history. */
public record AlertEvent(long id, String kind, Long actorId, String note, Instant at) {
}
