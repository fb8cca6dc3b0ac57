package org.gongzheng.audit.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain. An advisory lock held until commit serializes appenders, so ids
 * are taken and hashes chained in one order, and each appender sees the last committed hash.
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
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, CHAIN_LOCK);
		// A statement of its own after the lock: its snapshot then sees the last committed entry.
		// The previous hash and the ids come back together, and the entries go in as one batch.
		Chain chain = jdbc.queryForObject("""
				select (select hash from audit_log order by id desc limit 1),
				       array(select nextval('audit_log_id_seq') from generate_series(1, ?))""",
				(rs, i) -> new Chain(rs.getString(1), (Long[]) rs.getArray(2).getArray()), pending.size());
		String previous = chain.lastHash() == null ? AuditEntry.GENESIS : chain.lastHash();
		List<Object[]> rows = new ArrayList<>(pending.size());
		for (int i = 0; i < pending.size(); i++) {
			AuditEntry entry = pending.get(i).withId(chain.ids()[i]);
			String hash = entry.chainedHash(previous);
			rows.add(new Object[] { entry.id(), Timestamp.from(entry.occurredAt()), entry.actor(), entry.actorUnitId(),
					entry.action(), entry.objectType(), entry.objectId(), entry.outcome(), entry.clientAddress(),
					entry.details(), previous, hash });
			previous = hash;
		}
		jdbc.batchUpdate("""
				insert into audit_log (id, occurred_at, actor, actor_unit_id, action, object_type, object_id,
				                       outcome, client_address, details, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private record Chain(String lastHash, Long[] ids) {
	}
}
