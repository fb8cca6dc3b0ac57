package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals;
import org.gongzheng.shared.LikePatterns;
import org.gongzheng.shared.PrintableText;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * Narrows the approval register: by status, action, the unit whose case it is (with the units
 * below it), a case number, title or party's name containing each word of {@code q}, the days
 * submitted (inclusive, in the reader's zone), to the pending requests past their review's
 * deadline and to those the reader submitted ({@code mine}: an officer's own history, which the
 * queue keeps only while pending). All optional; bound from the query parameters of the same names.
 */
public record RequestFilter(Approvals.Status status, ApprovalAction action, Long unitId, String q,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean overdue, Boolean mine) {

	/** Case numbers are about 25 characters, titles rarely longer than 50 and names shorter. */
	static final int MAX_KEYWORD = 100;

	public static final RequestFilter NONE = new RequestFilter(null, null, null, null, null, null, null, null);

	/** A range that ends before it starts, or a keyword nobody could have typed, would silently show nothing. */
	public void check() {
		if (from != null && to != null && to.isBefore(from)) {
			throw InvalidInputException.of("to", "approval.records.filter.toBeforeFrom");
		}
		if (keyword() != null && keyword().length() > MAX_KEYWORD) {
			throw InvalidInputException.of("q", "approval.tooLong", MAX_KEYWORD);
		}
		// PostgreSQL cannot compare text holding NUL, and no case number or title holds a control character.
		OptionalInt control = keyword() == null ? OptionalInt.empty()
				: keyword().codePoints().filter(Character::isISOControl).findFirst();
		if (control.isPresent()) {
			throw InvalidInputException.of("q", InvalidInputException.CONTROL_CHARACTER,
					PrintableText.named(control.getAsInt()));
		}
	}

	public String keyword() {
		return q == null || q.isBlank() ? null : q.strip();
	}

	public boolean onlyOverdue() {
		return Boolean.TRUE.equals(overdue);
	}

	public boolean onlyMine() {
		return Boolean.TRUE.equals(mine);
	}

	/** The same filter for every status: what the register's counts per status are taken over. */
	public RequestFilter anyStatus() {
		return new RequestFilter(null, action, unitId, q, from, to, overdue, mine);
	}

	/**
	 * The requests on cases under {@code pathPrefix} (the reader's scope, or the chosen unit within
	 * it) that match; {@code readerId} is whose requests "mine" selects.
	 */
	Specification<ApprovalRequest> under(String pathPrefix, long readerId, ZoneId zone, Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.like(root.get("caseUnitPath"), pathPrefix + "%"));
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (action != null) {
				where.add(cb.equal(root.get("action"), action));
			}
			for (String term : SearchTerms.of(keyword())) {
				String pattern = "%" + LikePatterns.literal(term) + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("caseNumber")), pattern, '\\'),
						cb.like(cb.lower(root.get("caseTitle")), pattern, '\\'),
						cb.like(cb.lower(root.get("casePartyNames")), pattern, '\\')));
			}
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), from.atStartOfDay(zone).toInstant()));
			}
			if (to != null) {
				where.add(cb.lessThan(root.get("submittedAt"), to.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (onlyMine()) {
				where.add(cb.equal(root.get("submittedBy"), readerId));
			}
			if (onlyOverdue()) {
				where.add(cb.equal(root.get("status"), Approvals.Status.PENDING));
				where.add(cb.lessThan(root.get("currentDueAt"), now));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
