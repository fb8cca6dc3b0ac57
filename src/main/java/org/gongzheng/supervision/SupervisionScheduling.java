package org.gongzheng.supervision;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import org.gongzheng.supervision.alerts.Escalations;

/**
 * The scheduled supervision run and the escalation of overdue rectifications. ShedLock (on the
 * shedlock table, with the database's clock) makes sure one application instance runs them at a
 * time; the engine additionally serializes runs with an advisory lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SupervisionScheduling {

	private static final Logger log = LoggerFactory.getLogger(SupervisionScheduling.class);

	private final SupervisionEngine engine;

	private final Escalations escalations;

	SupervisionScheduling(SupervisionEngine engine, Escalations escalations) {
		this.engine = engine;
		this.escalations = escalations;
	}

	@Bean
	static LockProvider supervisionLockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Scheduled(cron = "${gongzheng.supervision.cron:0 */10 * * * *}")
	@SchedulerLock(name = "supervision-engine", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
	void scheduledRun() {
		RunSummary summary = engine.run("SCHEDULE");
		int escalated = escalations.escalate();
		log.info("Supervision run {}: {} raised, {} still open, {} cleared, {} escalated in {} ms", summary.runId(),
				summary.raised(), summary.stillOpen(), summary.cleared(), escalated, summary.elapsed().toMillis());
	}
}
