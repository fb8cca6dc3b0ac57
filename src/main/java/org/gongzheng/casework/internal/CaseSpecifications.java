package org.gongzheng.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import org.gongzheng.organization.DataScope;

/** Translates a {@link CaseFilter} and a data scope into an indexed query. */
final class CaseSpecifications {

	private CaseSpecifications() {
	}

	static Specification<LawCase> matching(DataScope scope, String unitPathPrefix, CaseFilter filter, ZoneId zone,
			Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.like(root.get("unitPath"), scope.likePattern()));
			if (unitPathPrefix != null) {
				where.add(cb.like(root.get("unitPath"), unitPathPrefix + "%"));
			}
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.type() != null) {
				where.add(cb.equal(root.get("type"), filter.type()));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("reportedAt"), filter.from().atStartOfDay(zone).toInstant()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThan(root.get("reportedAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (filter.handlerId() != null) {
				where.add(cb.or(cb.equal(root.get("handlerId"), filter.handlerId()),
						cb.equal(root.get("coHandlerId"), filter.handlerId())));
			}
			if (filter.keyword() != null && !filter.keyword().isBlank()) {
				String keyword = filter.keyword().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_");
				where.add(cb.or(cb.like(cb.lower(root.get("caseNumber")), keyword + "%", '\\'),
						cb.like(cb.lower(root.get("title")), "%" + keyword + "%", '\\')));
			}
			if (filter.deadline() == CaseFilter.DeadlineFilter.OVERDUE) {
				where.add(cb.lessThan(root.get("nextDeadlineAt"), now));
			}
			else if (filter.deadline() == CaseFilter.DeadlineFilter.DUE_SOON) {
				where.add(cb.between(root.get("nextDeadlineAt"), now, now.plus(Duration.ofDays(3))));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
