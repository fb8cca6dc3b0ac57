package org.gongzheng.approval.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.approval.ApprovalCaseFiles;

/**
 * Finds requests still open (pending or returned) on cases that have ended and withdraws them, as
 * ending the case does now. Data written before ended cases withdrew their requests can hold such
 * requests; nobody can sign them to any effect and they would sit in lists forever. Runs after
 * start-up and once a day; each case in its own transaction under the requests' row locks, so it
 * may run on every instance.
 */
@Component
public class EndedCaseRequests {

	private static final Logger log = LoggerFactory.getLogger(EndedCaseRequests.class);

	private static final int BATCH = 500;

	private final RequestRecords records;

	private final ApprovalCaseFiles files;

	private final Withdrawals withdrawals;

	private final MessageSource messages;

	private final TransactionTemplate eachCase;

	EndedCaseRequests(RequestRecords records, ApprovalCaseFiles files, Withdrawals withdrawals, MessageSource messages,
			PlatformTransactionManager transactions) {
		this.records = records;
		this.files = files;
		this.withdrawals = withdrawals;
		this.messages = messages;
		this.eachCase = new TransactionTemplate(transactions);
		this.eachCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		try {
			int cases = withdrawOnEndedCases();
			if (cases > 0) {
				log.info("Withdrew the requests left open on {} ended cases", cases);
			}
		}
		catch (RuntimeException ex) {
			// A check that cannot run now must not keep the application from serving; the daily run retries.
			log.warn("The check for requests left open on ended cases failed after start-up", ex);
		}
	}

	/**
	 * One case's open requests, in a transaction of its own; a failure is logged and left for the
	 * next run rather than stopping the others (or, after start-up, the application).
	 */
	private boolean withdrawn(long caseId, String reason, String reasonEn) {
		try {
			eachCase.executeWithoutResult(status -> withdrawals.openOnEndedCase(caseId, reason, reasonEn, null));
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Requests left open on ended case {} could not be withdrawn; the next run tries again", caseId, ex);
			return false;
		}
	}

	/** Withdraws what is open on ended cases; returns on how many cases it withdrew something. */
	@Scheduled(cron = "${gongzheng.approval.ended-case-check-cron:0 30 0 * * *}", zone = "${gongzheng.zone:Asia/Shanghai}")
	public int withdrawOnEndedCases() {
		String reason = messages.getMessage("approval.withdrawnCaseEnded", null, Locale.SIMPLIFIED_CHINESE);
		String reasonEn = messages.getMessage("approval.withdrawnCaseEnded", null, Locale.ENGLISH);
		int ended = 0;
		long after = 0;
		List<Long> caseIds;
		while (!(caseIds = records.casesWithOpenRequests(after, BATCH)).isEmpty()) {
			Map<Long, ApprovalCaseFiles.CaseFile> found = files.findAll(caseIds);
			for (long caseId : caseIds) {
				ApprovalCaseFiles.CaseFile file = found.get(caseId);
				if (file != null && file.closed() && withdrawn(caseId, reason, reasonEn)) {
					ended++;
				}
			}
			after = caseIds.get(caseIds.size() - 1);
		}
		return ended;
	}
}
