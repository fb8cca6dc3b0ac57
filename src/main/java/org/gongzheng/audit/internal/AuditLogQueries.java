package org.gongzheng.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Paged, filtered reading of the audit log for the legal department and administrators. */
@Service
@Transactional(readOnly = true)
public class AuditLogQueries {

	private final JdbcTemplate jdbc;

	AuditLogQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public record Filter(String actor, String action, String objectType, String objectId, Instant from, Instant to) {
	}

	public record Row(long id, Instant occurredAt, String actor, Long actorUnitId, String action, String objectType,
			String objectId, String outcome, String clientAddress, String details, String hash) {
	}

	/** Newest first. Counting stops at a cap so a huge log still pages quickly. */
	public Page<Row> search(Filter filter, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (hasText(filter.actor())) {
			where.append(" and actor = ?");
			args.add(filter.actor().strip());
		}
		if (hasText(filter.action())) {
			where.append(" and action = ?");
			args.add(filter.action().strip().toUpperCase());
		}
		if (hasText(filter.objectType())) {
			where.append(" and object_type = ?");
			args.add(filter.objectType().strip().toUpperCase());
		}
		if (hasText(filter.objectId())) {
			where.append(" and object_id = ?");
			args.add(filter.objectId().strip());
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= ?");
			args.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < ?");
			args.add(Timestamp.from(filter.to()));
		}
		Long total = jdbc.queryForObject("select count(*) from (select 1 from audit_log" + where + " limit 100000) c",
				Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<Row> rows = jdbc.query("select * from audit_log" + where + " order by id desc limit ? offset ?",
				(rs, i) -> new Row(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
						rs.getString("actor"), (Long) rs.getObject("actor_unit_id"), rs.getString("action"),
						rs.getString("object_type"), rs.getString("object_id"), rs.getString("outcome"),
						rs.getString("client_address"), rs.getString("details"), rs.getString("hash")),
				pageArgs.toArray());
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
