package org.gongzheng.organization.internal;

import java.time.ZoneId;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.SignedInOfficer;

/**
 * Loads the signed-in officer, with unit and roles, for Spring Security. A password to be replaced
 * first is one an administrator set or one older than {@link PasswordAge} allows.
 */
@Service
@Transactional(readOnly = true)
public class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final OfficerRepository officers;

	private final UnitRepository units;

	private final PasswordAge passwordAge;

	public AccountDetailsService(AccountRepository accounts, OfficerRepository officers, UnitRepository units,
			PasswordAge passwordAge) {
		this.accounts = accounts;
		this.officers = officers;
		this.units = units;
		this.passwordAge = passwordAge;
	}

	@Override
	public SignedInOfficer loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		Officer officer = officers.findById(account.getOfficerId()).orElseThrow();
		Unit unit = units.findById(officer.getUnitId()).orElseThrow();
		return new SignedInOfficer(account.getId(), officer.getId(), account.getUsername(), account.getPasswordHash(),
				officer.getName(), unit.getId(), unit.getPath(), ZoneId.of(unit.getZoneId()), account.getRoles(),
				account.isEnabled() && officer.isActive() && unit.isActive(),
				account.isPasswordChangeRequired() || passwordAge.expired(account.getPasswordChangedAt()),
				account.getPasswordChangedAt(), account.getSessionsEndedAt());
	}
}
