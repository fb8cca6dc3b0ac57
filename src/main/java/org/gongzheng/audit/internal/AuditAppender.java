package org.gongzheng.audit.internal;

import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain in one round trip: the database function {@code audit_append}
 * (V52) takes an advisory lock held until commit, which serializes appenders so ids are taken and
 * hashes chained in one order, reads the last committed hash after the lock, and inserts the
 * entries chained to it. The hash rule is {@link AuditEntry}'s; {@link AuditVerifier} recomputes
 * every hash in Java, so a function that chained differently would fail verification.
 */
@Component
class AuditAppender {

	/** Arbitrary constant naming the audit chain's advisory lock. */
	private static final long CHAIN_LOCK = 0x6775_6175_6469_74L;

	private final JdbcTemplate jdbc;

	AuditAppender(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void append(List<PendingAuditEntry> pending) {
		if (pending.isEmpty()) {
			return;
		}
		jdbc.queryForObject("select audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Long.class, CHAIN_LOCK,
				texts(pending, e -> e.occurredAt().toString()), texts(pending, PendingAuditEntry::actor),
				pending.stream().map(PendingAuditEntry::actorUnitId).toArray(Long[]::new),
				texts(pending, PendingAuditEntry::action), texts(pending, PendingAuditEntry::objectType),
				texts(pending, PendingAuditEntry::objectId), texts(pending, PendingAuditEntry::outcome),
				texts(pending, PendingAuditEntry::clientAddress), texts(pending, PendingAuditEntry::details),
				texts(pending, PendingAuditEntry::canonicalTail));
	}

	private static String[] texts(List<PendingAuditEntry> pending, Function<PendingAuditEntry, String> field) {
		return pending.stream().map(field).toArray(String[]::new);
	}
}
