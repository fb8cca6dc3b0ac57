package org.gongzheng.discretion.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcedureRuleRepository extends JpaRepository<ProcedureRule, Long> {

	List<ProcedureRule> findAllByOrderByIdAsc();
}
