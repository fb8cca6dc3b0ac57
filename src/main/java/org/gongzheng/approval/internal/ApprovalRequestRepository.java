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
	 * cases (those they handle), the latest return first. The cases come as one array parameter,
	 * not JPQL's {@code in}, which is translated anew for every list length.
	 */
	@Query(value = """
			select * from approval_requests where status = 'RETURNED' and case_unit_path like :pattern
			and (submitted_by = :officerId or case_id = any (:caseIds)) order by decided_at desc""", nativeQuery = true)
	List<ApprovalRequest> returnedFor(long officerId, Long[] caseIds, String pattern);

	/** Pending requests in the scope that the officer submitted or that are on one of the given cases, oldest first. */
	@Query(value = """
			select * from approval_requests where status = 'PENDING' and case_unit_path like :pattern
			and (submitted_by = :officerId or case_id = any (:caseIds)) order by submitted_at""", nativeQuery = true)
	List<ApprovalRequest> pendingFor(long officerId, Long[] caseIds, String pattern);

	/** Each request's chain version, as {id, chainId} rows. */
	@Query("select r.id, r.chainId from ApprovalRequest r where r.id in :ids")
	List<Object[]> chainIdsOf(Collection<Long> ids);

	List<ApprovalRequest> findBySubjectTypeAndSubjectId(String subjectType, String subjectId);
}
