package org.gongzheng.casework.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LawCaseRepository extends JpaRepository<LawCase, Long>, JpaSpecificationExecutor<LawCase> {
}
