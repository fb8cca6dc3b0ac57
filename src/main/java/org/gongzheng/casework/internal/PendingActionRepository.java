package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PendingActionRepository extends JpaRepository<PendingAction, Long> {

	/**
	 * Submitted and not yet approved or refused. The statuses are literals rather than a list
	 * parameter, so Hibernate translates the query once instead of on every call.
	 */
	@Query("""
			select p from PendingAction p where p.caseId = :caseId
			and p.status in (org.gongzheng.casework.internal.PendingAction.Status.PENDING,
			                 org.gongzheng.casework.internal.PendingAction.Status.RETURNED)""")
	List<PendingAction> findOpenByCaseId(Long caseId);

	Optional<PendingAction> findByRequestId(Long requestId);
}
