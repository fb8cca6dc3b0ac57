package org.gongzheng.supervision.ranking;

import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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

	private final JdbcTemplate jdbc;

	RankingJob(Rankings rankings, Months months, JdbcTemplate jdbc) {
		this.rankings = rankings;
		this.months = months;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${gongzheng.supervision.ranking-cron:0 0 6 10 * *}", zone = "${gongzheng.zone:Asia/Shanghai}")
	void publishLastMonth() {
		YearMonth month = months.previous();
		for (String bureau : jdbc.queryForList("select path from units where kind = 'BUREAU' and active order by path",
				String.class)) {
			log.info("Ranking published: {} {}", bureau, rankings.compute(bureau, month).monthLabel());
		}
	}
}
