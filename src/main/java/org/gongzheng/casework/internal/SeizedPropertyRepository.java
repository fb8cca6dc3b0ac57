package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeizedPropertyRepository extends JpaRepository<SeizedProperty, Long> {

	List<SeizedProperty> findByCaseIdOrderByIdAsc(Long caseId);

	Optional<SeizedProperty> findByIdAndCaseId(Long id, Long caseId);

	boolean existsByRegisterNumber(String registerNumber);
}
