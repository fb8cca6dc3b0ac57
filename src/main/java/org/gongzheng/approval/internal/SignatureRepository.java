package org.gongzheng.approval.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignatureRepository extends JpaRepository<Signature, Long> {

	List<Signature> findByCaseIdOrderBySignedAtAsc(Long caseId);

	List<Signature> findByRequestIdOrderByRoundAscLinkOrderAscSignedAtAsc(Long requestId);

	List<Signature> findByRequestIdAndRoundAndLinkOrder(Long requestId, int round, int linkOrder);

	Page<Signature> findBySignerIdOrderBySignedAtDesc(Long signerId, Pageable pageable);

	List<Signature> findBySignerIdOrderBySignedAtDesc(Long signerId);
}
