package org.gongzheng;

import java.util.List;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** Runs work as if inside a transaction that ends as told, without a database, for unit tests. */
public final class SimulatedTransaction {

	private SimulatedTransaction() {
	}

	/** {@code outcome}: {@link TransactionSynchronization#STATUS_COMMITTED} or {@code STATUS_ROLLED_BACK}. */
	public static void run(Runnable work, int outcome) {
		TransactionSynchronizationManager.initSynchronization();
		try {
			work.run();
			List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
			if (outcome == TransactionSynchronization.STATUS_COMMITTED) {
				TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
			}
			TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, outcome);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}
}
