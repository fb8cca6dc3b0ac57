package org.gongzheng.shared.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One lock per stored content, so that a file stored once for many records is never removed under
 * one of them. An upload adds a file only if none with its digest exists and, should its
 * transaction roll back, removes it again unless a record uses it. Without a lock an identical
 * upload running meanwhile found the file there, relied on it, and lost it to that removal: its
 * own record was not yet committed, so the removal could not see it. With it, the upload holds the
 * lock from looking for the file to its commit, and the removal takes it too before it looks for
 * records, so each finds what the other did.
 *
 * <p>A PostgreSQL advisory lock in a key space of its own (this namespace and the digest's first
 * 32 bits; a collision only makes two different contents wait for each other).
 */
@Component
public class ContentLocks {

	/** The first key of every content lock, so they never meet other advisory locks. */
	private static final int NAMESPACE = 0x46494C45;

	private final JdbcTemplate jdbc;

	ContentLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the content for the rest of the current transaction; call it before looking for the file. */
	public void holdUntilTransactionEnds(String sha256) {
		jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", NAMESPACE, key(sha256));
	}

	/**
	 * Runs {@code work} holding the content's lock, waiting for an upload of the same content to
	 * end first: for the removal after a rollback, which has no transaction to hold it to.
	 */
	public void whileHeld(String sha256, Runnable work) {
		int key = key(sha256);
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			call(connection.prepareStatement("select pg_advisory_lock(?, ?)"), key);
			try {
				work.run();
			}
			finally {
				call(connection.prepareStatement("select pg_advisory_unlock(?, ?)"), key);
			}
			return null;
		});
	}

	private static void call(PreparedStatement statement, int key) throws SQLException {
		try (statement) {
			statement.setInt(1, NAMESPACE);
			statement.setInt(2, key);
			statement.execute();
		}
	}

	private static int key(String sha256) {
		return Integer.parseUnsignedInt(sha256.substring(0, 8), 16);
	}
}
