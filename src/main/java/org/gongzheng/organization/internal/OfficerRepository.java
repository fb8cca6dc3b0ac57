package org.gongzheng.organization.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.gongzheng.shared.LikePatterns;
import org.gongzheng.shared.SearchTerms;

public interface OfficerRepository extends JpaRepository<Officer, Long> {

	Optional<Officer> findByPoliceNumber(String policeNumber);

	/** Officers of a scope; {@code unitId} below zero means any unit, patterns of "%" match anything. */
	@Query(value = """
			select o from Officer o, Unit u where u.id = o.unitId and u.path like :pattern
			and (:unitId < 0 or o.unitId = :unitId)
			and (o.name like :namePattern or o.policeNumber like :numberPattern)
			order by u.path, o.policeNumber""",
			countQuery = """
			select count(o) from Officer o, Unit u where u.id = o.unitId and u.path like :pattern
			and (:unitId < 0 or o.unitId = :unitId)
			and (o.name like :namePattern or o.policeNumber like :numberPattern)""")
	Page<Officer> search(String pattern, long unitId, String namePattern, String numberPattern, Pageable pageable);

	default Page<Officer> search(String pattern, Long unitId, String keyword, Pageable pageable) {
		String escaped = keyword == null ? null : LikePatterns.literal(SearchTerms.folded(keyword));
		return search(pattern, unitId == null ? -1 : unitId, escaped == null ? "%" : "%" + escaped + "%",
				escaped == null ? "%" : escaped + "%", pageable);
	}

	boolean existsByUnitId(Long unitId);
}
