package org.gongzheng.audit.internal;

import java.time.Instant;

/** An entry waiting for its id, which is taken only under the chain lock. */
record PendingAuditEntry(Instant occurredAt, String actor, Long actorUnitId, String action, String objectType,
		String objectId, String outcome, String clientAddress, String details) {

	AuditEntry withId(long id) {
		return new AuditEntry(id, occurredAt, actor, actorUnitId, action, objectType, objectId, outcome, clientAddress,
				details);
	}
}
