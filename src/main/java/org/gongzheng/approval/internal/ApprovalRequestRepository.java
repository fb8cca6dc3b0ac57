package org.gongzheng.approval.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

	/** Signing takes the request row lock, so two signers of one link are served one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ApprovalRequest r where r.id = :id")
	Optional<ApprovalRequest> lockById(Long id);

	List<ApprovalRequest> findByCaseIdOrderBySubmittedAtDesc(Long caseId);

	@Query("""
			select r from ApprovalRequest r where r.status = org.gongzheng.approval.Approvals.Status.PENDING
			and r.caseUnitPath like :pattern order by r.currentDueAt""")
	List<ApprovalRequest> pendingIn(String pattern);

	@Query("""
			select r from ApprovalRequest r where r.status = org.gongzheng.approval.Approvals.Status.RETURNED
			and r.caseUnitPath like :pattern order by r.decidedAt desc""")
	List<ApprovalRequest> returnedIn(String pattern);

	/** Each request's chain version, as {id, chainId} rows. */
	@Query("select r.id, r.chainId from ApprovalRequest r where r.id in :ids")
	List<Object[]> chainIdsOf(Collection<Long> ids);

	List<ApprovalRequest> findBySubjectTypeAndSubjectId(String subjectType, String subjectId);
}
