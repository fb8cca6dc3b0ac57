package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MaterialRepository extends JpaRepository<Material, Long> {

	List<Material> findByCaseIdOrderByIdAsc(Long caseId);

	Optional<Material> findByIdAndCaseId(Long id, Long caseId);

	long countByCaseId(Long caseId);
}
