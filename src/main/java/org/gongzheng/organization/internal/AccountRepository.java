package org.gongzheng.organization.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(:username)")
	Optional<Account> findByUsername(String username);

	Optional<Account> findByOfficerId(Long officerId);
}
