package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * Narrows an officer's lifelong record: by action, by decision, by the days signed (inclusive,
 * in the reader's zone) and to the signatures a fault was later found against. All optional; bound
 * from the query parameters of the same names. An officer may sign for decades, so the record is
 * read a page at a time and a reader looks for, say, last year's refusals.
 */
public record SignatureFilter(ApprovalAction action, Approvals.Decision decision,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean withFindings) {

	/** A range that ends before it starts would silently show nothing; say so instead. */
	public void check() {
		if (from != null && to != null && to.isBefore(from)) {
			throw InvalidInputException.of("to", "approval.records.filter.toBeforeFrom");
		}
	}

	public boolean isEmpty() {
		return action == null && decision == null && from == null && to == null && !onlyWithFindings();
	}

	public boolean onlyWithFindings() {
		return Boolean.TRUE.equals(withFindings);
	}

	/** The first moment of the first day selected, or null when the days are open at the start. */
	Instant startIn(ZoneId zone) {
		return from == null ? null : start(zone);
	}

	/** The first moment after the last day selected, or null when the days are open at the end. */
	Instant endIn(ZoneId zone) {
		return to == null ? null : end(zone);
	}

	private Instant start(ZoneId zone) {
		return from.atStartOfDay(zone).toInstant();
	}

	private Instant end(ZoneId zone) {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** {@code withFindings}: the ids of the signer's signatures with findings, when only those are wanted. */
	Specification<Signature> bySigner(long signerId, ZoneId zone, Set<Long> withFindings) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("signerId"), signerId));
			if (withFindings != null) {
				where.add(withFindings.isEmpty() ? cb.disjunction() : root.get("id").in(withFindings));
			}
			if (action != null) {
				where.add(cb.equal(root.get("action"), action));
			}
			if (decision != null) {
				where.add(cb.equal(root.get("decision"), decision));
			}
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("signedAt"), start(zone)));
			}
			if (to != null) {
				where.add(cb.lessThan(root.get("signedAt"), end(zone)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
