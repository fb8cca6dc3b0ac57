package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PendingActionRepository extends JpaRepository<PendingAction, Long> {

	List<PendingAction> findByCaseIdAndStatusIn(Long caseId, List<PendingAction.Status> statuses);

	Optional<PendingAction> findByRequestId(Long requestId);
}
