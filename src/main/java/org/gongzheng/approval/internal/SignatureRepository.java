package org.gongzheng.approval.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import org.gongzheng.approval.Approvals;

public interface SignatureRepository extends JpaRepository<Signature, Long>, JpaSpecificationExecutor<Signature> {

	List<Signature> findByCaseIdOrderBySignedAtAsc(Long caseId);

	List<Signature> findByRequestIdOrderByRoundAscLinkOrderAscSignedAtAsc(Long requestId);

	List<Signature> findByRequestIdAndRoundAndLinkOrder(Long requestId, int round, int linkOrder);

	List<Signature> findByRequestIdAndRound(Long requestId, int round);

	List<Signature> findBySignerIdOrderBySignedAtDesc(Long signerId);

	boolean existsByRequestIdAndRound(Long requestId, int round);

	/** How many signatures of the officer carry each decision: rows of (decision, count). */
	@Query("select s.decision, count(s) from Signature s where s.signerId = :signerId group by s.decision")
	List<Object[]> countDecisionsBy(Long signerId);

	List<Signature> findByRequestIdInAndDecisionOrderBySignedAtDesc(Collection<Long> requestIds,
			Approvals.Decision decision);
}
