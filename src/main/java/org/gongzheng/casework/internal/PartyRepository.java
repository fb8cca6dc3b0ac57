package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, Long> {

	List<Party> findByCaseIdOrderByIdAsc(Long caseId);

	Optional<Party> findByIdAndCaseId(Long id, Long caseId);
}
