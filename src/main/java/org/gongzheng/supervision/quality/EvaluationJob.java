package org.gongzheng.supervision.quality;

import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzheng.organization.Organization;
import org.gongzheng.organization.UnitSummary;
/**
 * On the first of each month, draws the month just ended for every bureau. Several instances may
 * run it: each draw takes a database advisory lock and is idempotent.
 */
@Component
class EvaluationJob {

	private static final Logger log = LoggerFactory.getLogger(EvaluationJob.class);

	private final Evaluations evaluations;

	private final Months months;

	private final Organization organization;

	EvaluationJob(Evaluations evaluations, Months months, Organization organization) {
		this.evaluations = evaluations;
		this.months = months;
		this.organization = organization;
	}

	@Scheduled(cron = "${gongzheng.supervision.evaluation-cron:0 10 1 1 * *}", zone = "${gongzheng.zone:Asia/Shanghai}")
	void drawLastMonth() {
		YearMonth month = months.previous();
		for (String bureau : organization.bureaus().stream().map(UnitSummary::path).toList()) {
			Evaluations.Draw draw = evaluations.draw(bureau, month, null);
			log.info("Evaluation draw {} {}: {} sampled, {} with alerts", bureau, month, draw.sampled(), draw.alerted());
		}
	}
}
