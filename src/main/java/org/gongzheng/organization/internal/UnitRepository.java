package org.gongzheng.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.gongzheng.organization.UnitKind;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	@Query(value = "select nextval('units_id_seq')", nativeQuery = true)
	long nextId();

	@Query("select u from Unit u where u.path like :pattern order by u.path")
	List<Unit> findInScope(String pattern);

	List<Unit> findByKindAndActiveTrueOrderByPath(UnitKind kind);

	Optional<Unit> findByCode(String code);

	boolean existsByParentId(Long parentId);

	/**
	 * Whether the unit is a legal-affairs department as last committed, its row locked until the
	 * transaction ends: giving LEGAL there and unmarking it take turns, so neither decides on what
	 * the other is about to change.
	 */
	@Query(value = "select legal_affairs from units where id = :id for update", nativeQuery = true)
	Optional<Boolean> legalAffairsLocked(long id);

	/**
	 * Locks the unit's row until the transaction ends, so that decisions about the whole bureau
	 * (such as whether it keeps an administrator) are taken one at a time on committed data.
	 */
	@Query(value = "select id from units where id = :id for update", nativeQuery = true)
	Optional<Long> lock(long id);
}
