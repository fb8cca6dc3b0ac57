package org.gongzheng.discretion.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import org.gongzheng.discretion.ViolationDomain;

public interface ViolationRepository extends JpaRepository<Violation, Long> {

	Optional<Violation> findByCodeAndActiveTrue(String code);

	List<Violation> findByDomainAndActiveTrueOrderByCode(ViolationDomain domain);

	List<Violation> findByActiveTrueOrderByDomainAscCodeAsc();
}
