package org.gongzheng.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.audit.AuditVerification;

/**
 * Walks the whole chain in id order, recomputing each hash, and names the first row that fails.
 * Rows are streamed with a cursor, so memory stays flat however long the log grows.
 */
@Service
public class AuditVerifier {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditVerifier(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AuditVerification verify() {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(2_000);
		Walk walk = new Walk();
		try {
			streaming.query("""
					select id, occurred_at, actor, actor_unit_id, action, object_type, object_id, outcome,
					       client_address, details, prev_hash, hash
					from audit_log order by id""", walk);
		}
		catch (BrokenChain stop) {
			return AuditVerification.broken(walk.rows, stop.id, stop.problem, clock.instant());
		}
		return AuditVerification.ok(walk.rows, clock.instant());
	}

	private static final class Walk implements RowCallbackHandler {

		private String previous = AuditEntry.GENESIS;

		private long rows;

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			rows++;
			AuditEntry entry = new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), (Long) rs.getObject("actor_unit_id"), rs.getString("action"),
					rs.getString("object_type"), rs.getString("object_id"), rs.getString("outcome"),
					rs.getString("client_address"), rs.getString("details"));
			if (!previous.equals(rs.getString("prev_hash"))) {
				throw new BrokenChain(entry.id(), "CHAIN_BROKEN");
			}
			String hash = entry.chainedHash(previous);
			if (!hash.equals(rs.getString("hash"))) {
				throw new BrokenChain(entry.id(), "CONTENT_ALTERED");
			}
			previous = hash;
		}
	}

	private static final class BrokenChain extends RuntimeException {

		private final long id;

		private final String problem;

		BrokenChain(long id, String problem) {
			super(problem, null, false, false);
			this.id = id;
			this.problem = problem;
		}
	}
}
