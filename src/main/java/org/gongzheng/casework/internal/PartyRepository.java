package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, Long> {

	List<Party> findByCaseIdOrderByIdAsc(Long caseId);

	Optional<Party> findByIdAndCaseId(Long id, Long caseId);

	/** The party of the case already holding this identity number, as stored (normalized, unmasked). */
	Optional<Party> findFirstByCaseIdAndIdNumberOrderByIdAsc(Long caseId, String idNumber);

	/** The party of the case already holding this unified social credit code. */
	Optional<Party> findFirstByCaseIdAndCreditCodeOrderByIdAsc(Long caseId, String creditCode);
}
