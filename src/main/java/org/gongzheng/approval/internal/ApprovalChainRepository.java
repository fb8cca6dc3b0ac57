package org.gongzheng.approval.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.gongzheng.approval.ApprovalAction;

public interface ApprovalChainRepository extends JpaRepository<ApprovalChain, Long> {

	Optional<ApprovalChain> findByActionAndActiveTrue(ApprovalAction action);

	@Query("select c.id from ApprovalChain c where c.action = :action and c.active")
	Optional<Long> findActiveId(ApprovalAction action);

	List<ApprovalChain> findByActiveTrueOrderByActionAsc();

	List<ApprovalChain> findByActionOrderByChainVersionDesc(ApprovalAction action);
}
