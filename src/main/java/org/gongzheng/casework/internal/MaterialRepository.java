package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaterialRepository extends JpaRepository<Material, Long> {

	List<Material> findByCaseIdOrderByIdAsc(Long caseId);

	Optional<Material> findByIdAndCaseId(Long id, Long caseId);

	/** The material with its case's unit path, for the data-scope check, in one query. */
	@Query("""
			select new org.gongzheng.casework.internal.MaterialRepository$InCase(m, c.unitPath)
			from Material m, LawCase c where c.id = m.caseId and m.id = :id and m.caseId = :caseId""")
	Optional<InCase> findInCase(Long id, Long caseId);

	record InCase(Material material, String caseUnitPath) {
	}

	long countByCaseId(Long caseId);

	boolean existsByCaseIdAndVoidedAtIsNull(Long caseId);
}
