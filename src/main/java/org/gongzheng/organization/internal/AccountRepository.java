package org.gongzheng.organization.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.gongzheng.organization.Role;

public interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(:username)")
	Optional<Account> findByUsername(String username);

	Optional<Account> findByOfficerId(Long officerId);

	/** Accounts, enabled or not, holding the role whose officers sit in the unit. */
	@Query("""
			select count(a) from Account a join a.roles r, Officer o
			where o.id = a.officerId and o.unitId = :unitId and r = :role""")
	long countHoldingRoleInUnit(Role role, long unitId);
}
