package org.gongzheng.approval.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.organization.OfficerChanged;

/**
 * After an officer changes, finishes the countersign links that were waiting only for them and
 * that they can no longer sign: otherwise a link whose other signers have all approved would wait
 * for a signature the rules forbid, and nobody could move the request. Each request is checked in
 * its own transaction, so one that cannot move on (its next link has nobody to sign) does not hold
 * back the others; it stays pending and shows as overdue.
 */
@Component
class CountersignReleases {

	private static final Logger log = LoggerFactory.getLogger(CountersignReleases.class);

	private final RequestRecords records;

	private final ApprovalService approvals;

	private final TransactionTemplate eachRequest;

	CountersignReleases(RequestRecords records, ApprovalService approvals, PlatformTransactionManager transactions) {
		this.records = records;
		this.approvals = approvals;
		this.eachRequest = new TransactionTemplate(transactions);
		this.eachRequest.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(OfficerChanged event) {
		for (long requestId : records.waitingOnNamed(event.officerId())) {
			try {
				eachRequest.executeWithoutResult(status -> approvals.recheckCountersign(requestId));
			}
			catch (RuntimeException ex) {
				log.warn("Countersign link of request {} left open after officer {} changed", requestId,
						event.officerId(), ex);
			}
		}
	}
}
