package org.gongzheng.shared.db;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One lock per case, held to the end of the transaction, that every change reaching both a case
 * and its approval requests takes first. Without it two such changes could take their row locks in
 * opposite orders (one signature holds its request and needs the case row; the revocation signed
 * at the same moment holds the case row and needs that request to withdraw it), and PostgreSQL
 * would break the deadlock after a second by failing one of them. With it the second waits, then
 * finds what the first did and is answered for that.
 *
 * <p>A PostgreSQL transaction-level advisory lock in a key space of its own (two int keys: this
 * namespace and the case id folded to an int; a collision only makes two cases wait for each
 * other). Taken once per transaction: the cascade from a last signature to the case transition
 * it causes does not ask the server twice.
 */
@Component
public class CaseLocks {

	/** The first key of every case lock, so they never meet other advisory locks. */
	private static final int NAMESPACE = 0x43415345;

	private final JdbcTemplate jdbc;

	CaseLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the case for the rest of the current transaction (a no-op if it already holds it). */
	public void lock(long caseId) {
		if (held().add(caseId)) {
			jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", NAMESPACE, key(caseId));
		}
	}

	/**
	 * The SQL expression that takes the lock of the case whose id is in {@code column}, for a query
	 * that reads a row and locks its case in one round trip; report the case with {@link #taken}.
	 */
	public static String lockExpression(String column) {
		return "pg_advisory_xact_lock(" + NAMESPACE + ", (" + column + " % 2147483647)::int)";
	}

	/** Records that a query using {@link #lockExpression} locked this case in the current transaction. */
	public void taken(long caseId) {
		held().add(caseId);
	}

	private static int key(long caseId) {
		return (int) (caseId % 2147483647L);
	}

	/**
	 * The cases locked in the current transaction, kept with a synchronization of its own: a
	 * transaction started inside it (REQUIRES_NEW) suspends the outer one's synchronizations, so it
	 * starts with none held, as its own database transaction does.
	 */
	private static Set<Long> held() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("A case lock is held to the end of a transaction; none is active");
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Held held) {
				return held.cases;
			}
		}
		Held held = new Held();
		TransactionSynchronizationManager.registerSynchronization(held);
		return held.cases;
	}

	private static final class Held implements TransactionSynchronization {

		private final Set<Long> cases = new HashSet<>();
	}
}
