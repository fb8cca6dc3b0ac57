package org.gongzheng.approval.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import org.gongzheng.approval.ApprovalAction;

public interface ApprovalChainRepository extends JpaRepository<ApprovalChain, Long> {

	Optional<ApprovalChain> findByActionAndActiveTrue(ApprovalAction action);

	/**
	 * The version in force, locked until the transaction ends: a second editor of the same version
	 * waits, then finds it retired and is told the chain changed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ApprovalChain c where c.action = :action and c.active")
	Optional<ApprovalChain> lockActive(ApprovalAction action);

	@Query("select c.id from ApprovalChain c where c.action = :action and c.active")
	Optional<Long> findActiveId(ApprovalAction action);

	List<ApprovalChain> findByActiveTrueOrderByActionAsc();

	List<ApprovalChain> findByActionOrderByChainVersionDesc(ApprovalAction action);
}
