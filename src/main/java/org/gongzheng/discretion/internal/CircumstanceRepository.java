package org.gongzheng.discretion.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CircumstanceRepository extends JpaRepository<Circumstance, Long> {

	List<Circumstance> findByCodeIn(Collection<String> codes);

	List<Circumstance> findByDomainInOrderByGradeAscIdAsc(Collection<String> domains);
}
