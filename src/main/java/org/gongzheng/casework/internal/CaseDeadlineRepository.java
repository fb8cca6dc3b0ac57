package org.gongzheng.casework.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseDeadlineRepository extends JpaRepository<CaseDeadline, Long> {

	List<CaseDeadline> findByCaseIdOrderByDueAtAsc(Long caseId);

	List<CaseDeadline> findByCaseIdAndClosedAtIsNull(Long caseId);

	List<CaseDeadline> findByMeasureIdAndClosedAtIsNull(Long measureId);

	Optional<CaseDeadline> findByIdAndCaseId(Long id, Long caseId);

	List<CaseDeadline> findByCaseIdInAndClosedAtIsNull(java.util.Collection<Long> caseIds);

	@Query("select min(d.dueAt) from CaseDeadline d where d.caseId = :caseId and d.closedAt is null")
	Optional<Instant> nextDueAt(Long caseId);
}
