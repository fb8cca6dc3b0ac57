package org.gongzheng.discretion.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StandardRepository extends JpaRepository<DiscretionStandard, Long> {

	/** Candidate versions in force on a day, newest first within each jurisdiction. */
	@Query("""
			select s from DiscretionStandard s
			where s.violation.id = :violationId and s.jurisdictionCode in :jurisdictions and s.effectiveFrom <= :day
			order by s.effectiveFrom desc, s.versionNo desc""")
	List<DiscretionStandard> inForce(long violationId, Collection<String> jurisdictions, LocalDate day);

	/** Every version of a violation's standards, by jurisdiction and newest version first. */
	@Query("""
			select s from DiscretionStandard s where s.violation.id = :violationId
			order by s.jurisdictionCode desc, s.versionNo desc""")
	List<DiscretionStandard> history(long violationId);

	@Query("select coalesce(max(s.versionNo), 0) from DiscretionStandard s where s.violation.id = :violationId and s.jurisdictionCode = :jurisdiction")
	int latestVersion(long violationId, String jurisdiction);

	@Query("select s from DiscretionStandard s where s.jurisdictionCode = :jurisdiction order by s.id desc limit 1")
	List<DiscretionStandard> anyIn(String jurisdiction);
}
