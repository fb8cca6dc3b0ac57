package org.gongzheng.casework.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LawCaseRepository extends JpaRepository<LawCase, Long>, JpaSpecificationExecutor<LawCase> {

	/** The case an officer registered from the intake form with this key, if they sent it before. */
	Optional<LawCase> findByRegisteredByAndIntakeFormKey(Long registeredBy, String intakeFormKey);
}
