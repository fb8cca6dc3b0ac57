package org.gongzheng.approval.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerChanged;

/**
 * After an officer changes, checks the countersign links that name them and still wait for their
 * signature (see {@link Countersigns}): a link whose other signers have all approved is finished if
 * they can no longer sign, and one whose named signers can all no longer sign, with no approval
 * yet, is named afresh; otherwise it would wait for a signature the rules forbid, and nobody could
 * move the request. A qualification lapses without any change being made, so every waiting
 * countersign link is also checked once a day, after midnight in the default zone. Each request is
 * checked in its own transaction under its row lock, so one that cannot move on (its next link has
 * nobody to sign) does not hold back the others (it stays pending and shows as overdue), and the
 * daily check may run on every instance.
 */
@Component
public class CountersignChecks {

	private static final Logger log = LoggerFactory.getLogger(CountersignChecks.class);

	private final RequestRecords records;

	private final SigningContexts contexts;

	private final ApprovalService approvals;

	private final TransactionTemplate eachRequest;

	CountersignChecks(RequestRecords records, SigningContexts contexts, ApprovalService approvals,
			PlatformTransactionManager transactions) {
		this.records = records;
		this.contexts = contexts;
		this.approvals = approvals;
		this.eachRequest = new TransactionTemplate(transactions);
		this.eachRequest.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Checks the links waiting for the officer, and those of the officer's bureau nobody has signed
	 * yet at a link of one of the officer's roles: the officer may now be able to sign one whose
	 * named signers all can no longer (a new account, a role granted). An officer who cannot sign
	 * anything (inactive, suspended, no role) cannot rescue a link, so a change to them rechecks
	 * only the links that name them; in a large bureau most changes are of that kind, and each
	 * recheck is a transaction of its own.
	 */
	@ApplicationModuleListener
	void on(OfficerChanged event) {
		Set<Long> affected = new TreeSet<>(records.waitingOnNamed(event.officerId()));
		contexts.officer(event.officerId())
			.filter(o -> o.officer().active() && !o.officer().approvalRightsSuspended()
					&& !o.officer().roles().isEmpty())
			.ifPresent(o -> affected.addAll(records.waitingForFirstSignature(DataScope.bureauOf(o.unit().path()),
					o.officer().roles())));
		affected.forEach(this::recheck);
	}

	/** Checks every countersign link still waiting for someone named; returns how many were checked. */
	@Scheduled(cron = "${gongzheng.approval.countersign-check-cron:0 20 0 * * *}", zone = "${gongzheng.zone:Asia/Shanghai}")
	public int recheckAll() {
		List<Long> waiting = records.waitingOnAnyNamed();
		waiting.forEach(this::recheck);
		return waiting.size();
	}

	private void recheck(long requestId) {
		try {
			eachRequest.executeWithoutResult(status -> approvals.recheckCountersign(requestId));
		}
		catch (RuntimeException ex) {
			log.warn("Countersign link of request {} left open: it could not move on", requestId, ex);
		}
	}
}
