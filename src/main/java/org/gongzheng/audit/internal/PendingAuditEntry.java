package org.gongzheng.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** An entry waiting for its id, which is taken only under the chain lock. */
record PendingAuditEntry(Instant occurredAt, String actor, Long actorUnitId, String action, String objectType,
		String objectId, String outcome, String clientAddress, String details) {

	PendingAuditEntry {
		// PostgreSQL keeps microseconds; the canonical tail must show the instant as it will be stored.
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
	}

	String canonicalTail() {
		return AuditEntry.canonicalTail(occurredAt, actor, actorUnitId, action, objectType, objectId, outcome,
				clientAddress, details);
	}
}
