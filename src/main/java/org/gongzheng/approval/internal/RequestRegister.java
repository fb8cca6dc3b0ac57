package org.gongzheng.approval.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.Approvals;
import org.gongzheng.organization.OfficerInUnit;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * The approval register 审批台账: every request on the cases in the reader's scope, whatever its
 * status, newest first, filtered and paged by the database, with how many there are of each
 * status. Where the queue answers "what waits for me", the register answers "what has been asked
 * and what became of it", for the leaders and the legal department who watch a whole unit.
 */
@Service
@Transactional(readOnly = true)
public class RequestRegister {

	private final ChainVersions versions;

	private final SigningContexts contexts;

	private final Organization organization;

	private final EntityManager entityManager;

	private final Clock clock;

	RequestRegister(ChainVersions versions, SigningContexts contexts,
			Organization organization, EntityManager entityManager, Clock clock) {
		this.contexts = contexts;
		this.versions = versions;
		this.organization = organization;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * A request in the register; {@code openLink} is the link now waiting, for a pending request
	 * only; {@code stale}: pending on a case that changed after submission, so it waits for its
	 * submitter to resubmit or withdraw it rather than for a signer; {@code nobodyCanSign}: pending,
	 * current, and yet nobody could take its open link now (every candidate suspended, unqualified
	 * or gone), so it waits for staffing or a restored right. {@code matchingParties}: the parties
	 * whose names hold a word of the search, empty without one.
	 */
	public record Row(ApprovalRequest request, ChainLink openLink, boolean overdue, boolean stale,
			boolean nobodyCanSign, List<String> matchingParties) {
	}

	/** A page of the register with how many requests match with each status (the page's total among them). */
	public record Result(Page<Row> page, Map<Approvals.Status, Long> counts) {
	}

	/** One page of the requests that match, newest submission first. */
	public Page<Row> find(RequestFilter filter, SignedInOfficer reader, Pageable pageable) {
		return findCounted(filter, reader, pageable).page();
	}

	/**
	 * One page of the requests that match, newest submission first, with the counts per status.
	 * The page's total is read off the counts, so the scope is counted once, not twice.
	 */
	public Result findCounted(RequestFilter filter, SignedInOfficer reader, Pageable pageable) {
		return findCounted(filter, reader, pageable, Long.MAX_VALUE);
	}

	/**
	 * Every request that matches, newest first, when there are at most {@code max} of them; past
	 * that the page is empty and its total says how many there are (an export refuses them).
	 */
	public Result findAllUpTo(RequestFilter filter, SignedInOfficer reader, int max) {
		return findCounted(filter, reader, PageRequest.of(0, max), max);
	}

	/** How many requests match, read from the counts per status; nothing else is loaded. */
	public long count(RequestFilter filter, SignedInOfficer reader) {
		return total(filter, counts(filter, reader, clock.instant()));
	}

	private Result findCounted(RequestFilter filter, SignedInOfficer reader, Pageable pageable, long max) {
		Instant now = clock.instant();
		Map<Approvals.Status, Long> counts = counts(filter, reader, now);
		long total = total(filter, counts);
		List<ApprovalRequest> content = total <= pageable.getOffset() || total > max ? List.of()
				: rows(matching(filter, reader, now), pageable);
		// One query for the page's pending cases, to mark those that changed since submission.
		Map<Long, ApprovalCaseFiles.CaseFile> pendingCases = contexts.caseFiles(content.stream()
			.filter(ApprovalRequest::pending)
			.map(ApprovalRequest::getCaseId)
			.collect(Collectors.toSet()));
		// The bureau's officers holding a link's role are read once for the page, as the queue does.
		BiFunction<String, Role, List<OfficerInUnit>> staff = contexts.staffReadOnce();
		Map<Long, Map<Long, Set<Integer>>> signed = contexts.signedInCurrentRounds(
				content.stream().filter(ApprovalRequest::pending).toList());
		List<String> terms = SearchTerms.of(filter.keyword());
		List<Row> rows = content.stream().map(r -> {
			if (!r.pending()) {
				return new Row(r, null, false, false, false, r.partiesNaming(terms));
			}
			ChainLink link = versions.get(r.getChainId()).link(r.getCurrentLink()).orElseThrow();
			ApprovalCaseFiles.CaseFile file = pendingCases.get(r.getCaseId());
			boolean stale = file != null && r.staleAgainst(file.version());
			boolean nobodyCanSign = file != null && !stale
					&& contexts.candidates(r, link, contexts.named(r, link), file, staff, signed.getOrDefault(r.getId(), Map.of()))
						.isEmpty();
			return new Row(r, link, r.overdueAt(now), stale, nobodyCanSign, r.partiesNaming(terms));
		}).toList();
		return new Result(new PageImpl<>(rows, pageable, total), counts);
	}

	private static long total(RequestFilter filter, Map<Approvals.Status, Long> counts) {
		return filter.status() != null ? counts.get(filter.status())
				: counts.values().stream().mapToLong(Long::longValue).sum();
	}

	private List<ApprovalRequest> rows(Specification<ApprovalRequest> matching, Pageable pageable) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<ApprovalRequest> query = cb.createQuery(ApprovalRequest.class);
		Root<ApprovalRequest> root = query.from(ApprovalRequest.class);
		query.select(root)
			.where(matching.toPredicate(root, query, cb))
			.orderBy(cb.desc(root.get("submittedAt")), cb.desc(root.get("id")));
		return entityManager.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
	}

	/** How many requests match the filter with each status, whatever status it names; every status is present. */
	public Map<Approvals.Status, Long> countsByStatus(RequestFilter filter, SignedInOfficer reader) {
		return counts(filter, reader, clock.instant());
	}

	/** {@code now}: the moment "overdue" is measured at, the same for the counts and the rows of one page. */
	private Map<Approvals.Status, Long> counts(RequestFilter filter, SignedInOfficer reader, Instant now) {
		Specification<ApprovalRequest> matching = matching(filter.anyStatus(), reader, now);
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<ApprovalRequest> root = query.from(ApprovalRequest.class);
		// Counting the (never null) status rather than the row lets PostgreSQL answer from the scope
		// and status index alone, without visiting a bureau's hundreds of thousands of rows.
		query.multiselect(root.get("status"), cb.count(root.get("status")))
			.where(matching.toPredicate(root, query, cb))
			.groupBy(root.get("status"));
		Map<Approvals.Status, Long> counts = new EnumMap<>(Approvals.Status.class);
		for (Approvals.Status status : Approvals.Status.values()) {
			counts.put(status, 0L);
		}
		entityManager.createQuery(query)
			.getResultList()
			.forEach(t -> counts.put(t.get(0, Approvals.Status.class), t.get(1, Long.class)));
		return counts;
	}

	private Specification<ApprovalRequest> matching(RequestFilter filter, SignedInOfficer reader, Instant now) {
		filter.check();
		ZoneId zone = reader.zone();
		return filter.under(pathPrefix(filter, reader), reader.officerId(), zone, now);
	}

	/** The reader's scope, or the chosen unit's subtree when it lies within it. */
	private String pathPrefix(RequestFilter filter, SignedInOfficer reader) {
		if (filter.unitId() == null) {
			return reader.scope().pathPrefix();
		}
		return organization.unit(filter.unitId())
			.map(UnitSummary::path)
			.filter(path -> reader.scope().includes(path))
			.orElseThrow(() -> InvalidInputException.of("unitId", "approval.register.unitOutOfScope", filter.unitId()));
	}
}
