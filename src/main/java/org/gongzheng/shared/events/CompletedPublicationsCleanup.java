package org.gongzheng.shared.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes event publications completed longer ago than {@code gongzheng.events.keep-completed}
 * (30 days unless configured). The registry keeps a row for every listener of every event, so on a
 * provincial deployment completed rows would otherwise grow by millions a year; what happened is
 * kept by the audit log and the modules' own records, and an incomplete publication (one a listener
 * has yet to finish) is never deleted. One set-based delete, so every instance may run it.
 */
@Component
class CompletedPublicationsCleanup {

	private final CompletedEventPublications completed;

	private final Duration keep;

	CompletedPublicationsCleanup(CompletedEventPublications completed,
			@Value("${gongzheng.events.keep-completed:P30D}") Duration keep) {
		this.completed = completed;
		this.keep = keep;
	}

	@Scheduled(cron = "${gongzheng.events.cleanup-cron:0 40 0 * * *}", zone = "${gongzheng.zone:Asia/Shanghai}")
	void deleteOld() {
		completed.deletePublicationsOlderThan(keep);
	}
}
