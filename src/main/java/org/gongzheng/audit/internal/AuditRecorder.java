package org.gongzheng.audit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.springframework.context.event.EventListener;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.time.SeedingClock;

/**
 * Records audit events in the transaction that published them. Entries are collected and written
 * just before commit, after the JPA flush, so that the chain lock is the last lock a transaction
 * takes (no deadlocks against row locks) and is held only for the moment of commit. Refusals and
 * reads outside a writable transaction are recorded in a transaction of their own, because the
 * work they belong to rolls back or writes nothing.
 */
@Component
class AuditRecorder {

	private final AuditAppender appender;

	private final EntityManager entityManager;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	AuditRecorder(AuditAppender appender, EntityManager entityManager, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.appender = appender;
		this.entityManager = entityManager;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// The log says when an entry was written, even while a demo seeder tells an older story.
		this.clock = SeedingClock.real(clock);
	}

	@EventListener
	void on(AuditEvent event) {
		if (event.reading() && event.outcome() == AuditEvent.Outcome.SUCCESS && Actor.askedOnlyForHeaders()) {
			// Link checkers and download managers send HEAD; its answer shows nothing, so nobody read
			// anything. A refused HEAD is still recorded: it probed for something out of scope.
			return;
		}
		record(event, Actor.current());
	}

	void record(AuditEvent event, Actor actor) {
		PendingAuditEntry entry = new PendingAuditEntry(clock.instant(), actor.name(), actor.unitId(), event.action(),
				event.objectType(), Actor.truncate(event.objectId(), 64), event.outcome().name(), actor.clientAddress(),
				actor.detailsOf(event));
		boolean joinable = TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& event.outcome() == AuditEvent.Outcome.SUCCESS;
		if (joinable) {
			pendingOfCurrentTransaction().add(entry);
		}
		else {
			ownTransaction.executeWithoutResult(status -> appender.append(List.of(entry)));
		}
	}

	private List<PendingAuditEntry> pendingOfCurrentTransaction() {
		// Synchronizations are suspended with their transaction, so a REQUIRES_NEW inner transaction
		// never sees (or flushes) the entries of the outer one.
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof FlushBeforeCommit flush) {
				return flush.pending;
			}
		}
		FlushBeforeCommit flush = new FlushBeforeCommit();
		TransactionSynchronizationManager.registerSynchronization(flush);
		return flush.pending;
	}

	private final class FlushBeforeCommit implements TransactionSynchronization {

		private final List<PendingAuditEntry> pending = new ArrayList<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			try {
				entityManager.flush();
			}
			catch (PersistenceException ex) {
				RuntimeException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(ex);
				throw translated != null ? translated : ex;
			}
			appender.append(pending);
		}

		@Override
		public int getOrder() {
			return LOWEST_PRECEDENCE;
		}
	}
}
