package org.gongzheng.approval.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gongzheng.shared.demo.DemoMode;

/**
 * Leaves one demo filing review waiting past its review period, so that a fresh demo shows what the
 * queues do with an overdue review: the station head sees it in red among those waiting for him,
 * and the sub-bureau, legal department and leaders see it under 超期未审. The demo's pending
 * requests are submitted within the day before seeding, so without this nothing would be overdue
 * at first. Only the request's clock moves back (submitted three days earlier, due accordingly);
 * no signature is touched. Nothing happens once any pending review is overdue, so running again
 * changes nothing.
 */
@Component
@Order(50)
class DemoOverdueReview implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOverdueReview.class);

	private final DemoMode demo;

	private final JdbcTemplate jdbc;

	DemoOverdueReview(DemoMode demo, JdbcTemplate jdbc) {
		this.demo = demo;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || jdbc.queryForObject(
				"select exists (select 1 from approval_requests where status = 'PENDING' and current_due_at < now())",
				Boolean.class)) {
			return;
		}
		List<Long> waiting = jdbc.queryForList("""
				select r.id from approval_requests r
				where r.status = 'PENDING' and r.action = 'FILING' and r.round = 1 and r.current_link = 1
				  and not exists (select 1 from approval_signatures s where s.request_id = r.id)
				order by r.id limit 1""", Long.class);
		for (long id : waiting) {
			jdbc.update("""
					update approval_requests set submitted_at = submitted_at - interval '3 days',
					       current_due_at = current_due_at - interval '3 days' where id = ?""", id);
			log.info("Demo approval request {} left overdue at its first link", id);
		}
	}
}
