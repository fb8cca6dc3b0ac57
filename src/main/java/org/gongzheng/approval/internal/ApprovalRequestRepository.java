package org.gongzheng.approval.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.organization.Role;

public interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

	/** Signing takes the request row lock, so two signers of one link are served one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ApprovalRequest r where r.id = :id")
	Optional<ApprovalRequest> lockById(Long id);

	List<ApprovalRequest> findByCaseIdOrderBySubmittedAtDesc(Long caseId);

	/** The case's requests still open (pending or returned), locked as signing locks them. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select r from ApprovalRequest r where r.caseId = :caseId
			and r.status in (org.gongzheng.approval.Approvals.Status.PENDING, org.gongzheng.approval.Approvals.Status.RETURNED)
			order by r.id""")
	List<ApprovalRequest> lockOpenOnCase(Long caseId);

	/**
	 * Pending requests in scope whose open link is for one of the roles, most urgent first. Three
	 * single parameters rather than a list (repeat a role to fill them): Hibernate translates a query
	 * with a list parameter again on every call, and an officer holds at most three signing roles.
	 */
	@Query("""
			select r from ApprovalRequest r where r.status = org.gongzheng.approval.Approvals.Status.PENDING
			and r.openLinkRole in (:first, :second, :third) and r.caseUnitPath like :pattern
			order by r.currentDueAt, r.id""")
	List<ApprovalRequest> pendingAtLinksOf(String pattern, Role first, Role second, Role third);

	/** Pending requests in scope past their review's deadline, most overdue first. */
	@Query("""
			select r from ApprovalRequest r where r.status = org.gongzheng.approval.Approvals.Status.PENDING
			and r.caseUnitPath like :pattern and r.currentDueAt < :now and (:action is null or r.action = :action)
			order by r.currentDueAt, r.id""")
	Page<ApprovalRequest> overdueIn(String pattern, Instant now, ApprovalAction action, Pageable pageable);

	@Query("""
			select r from ApprovalRequest r where r.status = org.gongzheng.approval.Approvals.Status.PENDING
			and r.submittedBy = :officerId and r.caseUnitPath like :pattern and (:action is null or r.action = :action)
			order by r.currentDueAt, r.id""")
	Page<ApprovalRequest> pendingSubmittedBy(long officerId, String pattern, ApprovalAction action, Pageable pageable);

	/**
	 * Returned requests in the scope that the officer submitted or that are on one of the given
	 * cases (those they handle), optionally of one action (its name), the latest return first. The
	 * cases come as one array parameter, not JPQL's {@code in}, which is translated anew for every
	 * list length. Only a request with a return on record is listed, as the list shows the return.
	 */
	@Query(value = """
			select * from approval_requests r where r.status = 'RETURNED' and r.case_unit_path like :pattern
			and (r.submitted_by = :officerId or r.case_id = any (:caseIds))
			and (cast(:action as varchar) is null or r.action = cast(:action as varchar))
			and exists (select 1 from approval_signatures s where s.request_id = r.id and s.decision = 'RETURN')
			order by r.decided_at desc, r.id desc""", countQuery = """
			select count(*) from approval_requests r where r.status = 'RETURNED' and r.case_unit_path like :pattern
			and (r.submitted_by = :officerId or r.case_id = any (:caseIds))
			and (cast(:action as varchar) is null or r.action = cast(:action as varchar))
			and exists (select 1 from approval_signatures s where s.request_id = r.id and s.decision = 'RETURN')""",
			nativeQuery = true)
	Page<ApprovalRequest> returnedFor(long officerId, Long[] caseIds, String pattern, String action, Pageable pageable);

	/** The cases of the pending requests in the scope that the officer submitted or that are on one of the given cases. */
	@Query(value = """
			select distinct case_id from approval_requests where status = 'PENDING' and case_unit_path like :pattern
			and (submitted_by = :officerId or case_id = any (:caseIds))""", nativeQuery = true)
	List<Long> casesPendingFor(long officerId, Long[] caseIds, String pattern);

	/**
	 * Pending requests in the scope that the officer submitted or that are on one of the given cases
	 * ({@code caseIds}), submitted against another version of their case than the one it has now
	 * ({@code cases} and {@code versions}, pairwise), optionally of one action, oldest first.
	 */
	@Query(value = """
			select r.* from approval_requests r
			join unnest(cast(:cases as bigint[]), cast(:versions as bigint[])) as c (case_id, version) on c.case_id = r.case_id
			where r.status = 'PENDING' and r.case_unit_path like :pattern and r.case_version <> c.version
			and (r.submitted_by = :officerId or r.case_id = any (:caseIds))
			and (cast(:action as varchar) is null or r.action = cast(:action as varchar))
			order by r.submitted_at, r.id""", countQuery = """
			select count(*) from approval_requests r
			join unnest(cast(:cases as bigint[]), cast(:versions as bigint[])) as c (case_id, version) on c.case_id = r.case_id
			where r.status = 'PENDING' and r.case_unit_path like :pattern and r.case_version <> c.version
			and (r.submitted_by = :officerId or r.case_id = any (:caseIds))
			and (cast(:action as varchar) is null or r.action = cast(:action as varchar))""", nativeQuery = true)
	Page<ApprovalRequest> staleFor(long officerId, Long[] caseIds, String pattern, Long[] cases, Long[] versions,
			String action, Pageable pageable);

	/** Each request's chain version, as {id, chainId} rows. */
	@Query("select r.id, r.chainId from ApprovalRequest r where r.id in :ids")
	List<Object[]> chainIdsOf(Collection<Long> ids);

	List<ApprovalRequest> findBySubjectTypeAndSubjectId(String subjectType, String subjectId);
}
