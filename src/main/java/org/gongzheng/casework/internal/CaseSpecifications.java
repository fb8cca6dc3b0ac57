package org.gongzheng.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

import org.gongzheng.organization.DataScope;
import org.gongzheng.shared.LikePatterns;
import org.gongzheng.shared.SearchTerms;

/** Translates a {@link CaseFilter} and a data scope into an indexed query. */
final class CaseSpecifications {

	/** pg_trgm's unit: a keyword shorter than this holds no trigram for V88's indexes to look up. */
	private static final int TRIGRAM = 3;

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
				SearchTerms.of(filter.keyword()).forEach(term -> where.add(keyword(root, cb, term)));
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

	/**
	 * Any part of the case number, of the title or of a party's name (each term of the keyword,
	 * {@link SearchTerms}). The number's tail (its sequence, "00026") is
	 * what tells a unit's cases apart, its start being the unit's code; the register, documents,
	 * faults and evaluations search numbers the same way. A keyword of three characters or more
	 * is matched with LIKE, which the trigram indexes serve. A shorter one has no trigram: the
	 * indexes cannot narrow it, yet the planner would read one of them whole for a LIKE (2.5 times
	 * slower than reading the table at a million cases, docs/performance.md), so it is matched by
	 * position, which they do not claim to serve.
	 */
	private static Predicate keyword(Root<LawCase> root, CriteriaBuilder cb, String keyword) {
		Expression<String> number = cb.lower(root.get("caseNumber"));
		Expression<String> title = cb.lower(root.get("title"));
		Expression<String> parties = cb.lower(root.get("partyNames"));
		if (keyword.codePointCount(0, keyword.length()) < TRIGRAM) {
			return cb.or(cb.greaterThan(cb.locate(number, keyword), 0), cb.greaterThan(cb.locate(title, keyword), 0),
					cb.greaterThan(cb.locate(parties, keyword), 0));
		}
		String pattern = "%" + LikePatterns.literal(keyword) + "%";
		return cb.or(cb.like(number, pattern, '\\'), cb.like(title, pattern, '\\'), cb.like(parties, pattern, '\\'));
	}
}
