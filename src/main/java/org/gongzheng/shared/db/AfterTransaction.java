package org.gongzheng.shared.db;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work on files that must follow the fate of the current database transaction: a file written for
 * rows that roll back is removed again, and a file the saved rows replace is removed only once
 * they are committed.
 */
public final class AfterTransaction {

	private AfterTransaction() {
	}

	/** Runs {@code work} if the current transaction rolls back; outside a transaction, never. */
	public static void ifRolledBack(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						work.run();
					}
				}
			});
		}
	}

	/** Runs {@code work} once the current transaction commits; outside a transaction, at once. */
	public static void onceCommitted(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}
}
