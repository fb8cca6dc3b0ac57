package org.gongzheng.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByCaseIdOrderByEffectiveAtAscIdAsc(Long caseId);
}
