package org.gongzheng.approval.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import org.gongzheng.approval.ApprovalAction;

/**
 * Chain versions. "In force for a bureau" is the bureau's own active version if it has one, else
 * the provincial default's: queries take both and put the bureau's own first.
 */
public interface ApprovalChainRepository extends JpaRepository<ApprovalChain, Long> {

	/** The ids of the versions in force for the bureau, its own (if any) before the default. */
	@Query("""
			select c.id from ApprovalChain c where c.action = :action and c.active
			and (c.bureauId = :bureauId or c.bureauId is null) order by c.bureauId nulls last""")
	List<Long> activeIds(ApprovalAction action, long bureauId);

	/** Every version in force for the bureau or by default, for lists; the caller keeps one per action. */
	@Query("select c from ApprovalChain c where c.active and (c.bureauId = :bureauId or c.bureauId is null)")
	List<ApprovalChain> activeFor(long bureauId);

	/**
	 * The bureau's own version in force, locked until the transaction ends: a second editor of the
	 * same version waits, then finds it retired and is told the chain changed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ApprovalChain c where c.action = :action and c.active and c.bureauId = :bureauId")
	Optional<ApprovalChain> lockOwnActive(ApprovalAction action, long bureauId);

	/** The default version in force, locked: serializes bureaus writing their first own version. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ApprovalChain c where c.action = :action and c.active and c.bureauId is null")
	Optional<ApprovalChain> lockDefaultActive(ApprovalAction action);

	/** The highest version number the bureau's own versions have used, retired ones included; 0 if none. */
	@Query("""
			select coalesce(max(c.chainVersion), 0) from ApprovalChain c
			where c.action = :action and c.bureauId = :bureauId""")
	int maxOwnVersion(ApprovalAction action, long bureauId);

	/** A page of a bureau's own versions and the default's, newest first. */
	@Query(value = """
			select c from ApprovalChain c where c.action = :action and (c.bureauId = :bureauId or c.bureauId is null)
			order by c.createdAt desc, c.id desc""", countQuery = """
			select count(c) from ApprovalChain c where c.action = :action and (c.bureauId = :bureauId or c.bureauId is null)""")
	Page<ApprovalChain> lineage(ApprovalAction action, long bureauId, Pageable pageable);

	/** The versions edited from the given ones that the bureau sees (its own and the default's), newest first. */
	@Query("""
			select c from ApprovalChain c where c.basedOnId in :ids and (c.bureauId = :bureauId or c.bureauId is null)
			order by c.createdAt desc, c.id desc""")
	List<ApprovalChain> editedFrom(Collection<Long> ids, long bureauId);
}
