package org.gongzheng.organization.internal;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * Runs a read of a data scope with its statements planned for the values given. After a connection
 * has run a prepared statement five times, PostgreSQL may keep one generic plan made without the
 * values; for {@code unit.path like $1} that plan guesses the prefix matches a single unit and walks
 * every officer of a large bureau from its units (docs/performance.md, section 10: 11 ms became
 * 57 ms at 10,000 officers from a connection's tenth call on). Planning anew costs well under a
 * millisecond, but the rest of the transaction goes back to the session's default: the approval
 * chain's many small statements, which may run in the same transaction, gain nothing from it.
 */
final class ValuePlanned {

	private ValuePlanned() {
	}

	static <T> T read(EntityManager entityManager, Supplier<T> read) {
		setting(entityManager, "select set_config('plan_cache_mode', 'force_custom_plan', true)");
		T result = read.get();
		// Not in a finally: a read that failed has left the transaction to be rolled back, setting and all.
		setting(entityManager,
				"select set_config('plan_cache_mode', reset_val, true) from pg_settings where name = 'plan_cache_mode'");
		return result;
	}

	/**
	 * A setting changed without flushing first: a native query would otherwise write the caller's
	 * pending changes early, in the middle of, say, a signature.
	 */
	private static void setting(EntityManager entityManager, String sql) {
		entityManager.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT).getSingleResult();
	}
}
