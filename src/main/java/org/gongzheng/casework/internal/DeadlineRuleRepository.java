package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRuleRepository extends JpaRepository<DeadlineRule, String> {

	Optional<DeadlineRule> findByTriggerAndActiveTrue(DeadlineTrigger trigger);

	List<DeadlineRule> findAllByOrderByCodeAsc();
}
