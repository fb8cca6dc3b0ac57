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

	/** Enabled accounts of active officers under the path pattern holding the role, but the officer's own. */
	@Query("""
			select count(a) from Account a join a.roles r, Officer o, Unit u
			where o.id = a.officerId and u.id = o.unitId and r = :role and a.enabled = true and o.active = true
			  and u.path like :pattern and o.id <> :officerId""")
	long countOthersHolding(Role role, String pattern, long officerId);
}
