package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<CompulsoryMeasure, Long> {

	List<CompulsoryMeasure> findByCaseIdOrderByIdAsc(Long caseId);

	Optional<CompulsoryMeasure> findByIdAndCaseId(Long id, Long caseId);
}
