package org.gongzheng.supervision.ranking;

import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.supervision.quality.Months;

/**
 * Publishes the month just ended for every bureau on the 10th, which leaves the legal department
 * the first days of the month to score the cases drawn on the 1st (officers are ranked by the
 * scores of their cases drawn for the month). Each computation holds an advisory lock and is
 * idempotent, so several instances may run this.
 */
@Component
class RankingJob {

	private static final Logger log = LoggerFactory.getLogger(RankingJob.class);

	private final Rankings rankings;

	private final Months months;

	private final Organization organization;

	RankingJob(Rankings rankings, Months months, Organization organization) {
		this.rankings = rankings;
		this.months = months;
		this.organization = organization;
	}

	@Scheduled(cron = "${gongzheng.supervision.ranking-cron:0 0 6 10 * *}", zone = "${gongzheng.zone:Asia/Shanghai}")
	void publishLastMonth() {
		YearMonth month = months.previous();
		for (String bureau : organization.bureaus().stream().map(UnitSummary::path).toList()) {
			log.info("Ranking published: {} {}", bureau, rankings.compute(bureau, month).monthLabel());
		}
	}
}
