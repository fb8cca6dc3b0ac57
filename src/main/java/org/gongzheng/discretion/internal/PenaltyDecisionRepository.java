package org.gongzheng.discretion.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PenaltyDecisionRepository extends JpaRepository<PenaltyDecision, Long> {

	@Query("""
			select d from PenaltyDecision d
			where d.caseId = :caseId and d.partyId = :partyId
			  and d.status not in (org.gongzheng.discretion.internal.PenaltyStatus.RETURNED,
			                       org.gongzheng.discretion.internal.PenaltyStatus.REFUSED,
			                       org.gongzheng.discretion.internal.PenaltyStatus.WITHDRAWN)""")
	List<PenaltyDecision> live(long caseId, long partyId);

	List<PenaltyDecision> findByCaseIdOrderByIdDesc(long caseId);

	@Query("""
			select d from PenaltyDecision d
			where d.unitPath like :pathPattern and (:status is null or d.status = :status)
			  and (:outOfRange is null or d.outOfRange = :outOfRange)
			order by d.proposedAt desc, d.id desc""")
	Page<PenaltyDecision> search(String pathPattern, PenaltyStatus status, Boolean outOfRange, Pageable pageable);
}
