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

	/** The pieces V94's indexes hold. */
	private static final int BIGRAM = 2;

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
	 * faults and evaluations search numbers the same way. A term of three characters or more
	 * is matched with LIKE, which the trigram indexes serve. A term of two characters holds no
	 * trigram; unless it could be part of a case number (digits), which no index of pieces serves,
	 * it is looked up in V94's indexes of two-character pieces, and a term of one character in
	 * V96's indexes of characters. A term of digits shorter than three is matched by position, which
	 * no index claims to serve: the planner would otherwise read a trigram index whole for a LIKE
	 * (2.5 times slower than reading the table at a million cases, docs/performance.md).
	 */
	private static Predicate keyword(Root<LawCase> root, CriteriaBuilder cb, String keyword) {
		Expression<String> number = cb.lower(root.get("caseNumber"));
		Expression<String> title = cb.lower(root.get("title"));
		Expression<String> parties = cb.lower(root.get("partyNames"));
		int length = keyword.codePointCount(0, keyword.length());
		if (length < TRIGRAM && !CaseNumbers.couldHold(keyword)) {
			// Two conditions that say the same: the pieces find the rows in the indexes, and as nothing
			// is left of them to check on a row the index found, the cheap position test is what runs
			// on each. Where no index is used, the position test runs first (PostgreSQL orders a row's
			// conditions by cost) and the pieces are worked out only for the rows that hold the term.
			String pieces = length == BIGRAM ? "holds_bigram" : "holds_character";
			return cb.and(cb.or(contains(cb, title, keyword), contains(cb, parties, keyword)),
					cb.or(holds(cb, pieces, title, keyword), holds(cb, pieces, parties, keyword)));
		}
		if (length < TRIGRAM) {
			return cb.or(contains(cb, number, keyword), contains(cb, title, keyword), contains(cb, parties, keyword));
		}
		String pattern = "%" + LikePatterns.literal(keyword) + "%";
		return cb.or(cb.like(number, pattern, '\\'), cb.like(title, pattern, '\\'), cb.like(parties, pattern, '\\'));
	}

	private static Predicate contains(CriteriaBuilder cb, Expression<String> text, String term) {
		return cb.greaterThan(cb.locate(text, term), 0);
	}

	/**
	 * Hibernate writes the term into the statement as a quoted literal rather than binding it, which
	 * suits this test: PostgreSQL plans each search knowing its piece, and a piece in a tenth of the
	 * titles (某案) is best read another way than one in a hundredth (诈骗), where one plan kept for
	 * all pieces would fit only some.
	 */
	private static Predicate holds(CriteriaBuilder cb, String function, Expression<String> text, String term) {
		return cb.isTrue(cb.function(function, Boolean.class, text, cb.literal(term)));
	}
}
