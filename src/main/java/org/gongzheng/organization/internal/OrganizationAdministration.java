package org.gongzheng.organization.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerChanged;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.identity.TypedNames;

/**
 * Maintains units, officers and accounts. Every method takes the administrator's scope: an
 * administrator manages their own bureau and nothing outside it.
 */
@Service
@Transactional
public class OrganizationAdministration {

	private final UnitRepository units;

	private final OfficerRepository officers;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public OrganizationAdministration(UnitRepository units, OfficerRepository officers, AccountRepository accounts,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.officers = officers;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	// --- units

	@Transactional(readOnly = true)
	public Unit unit(DataScope scope, long id) {
		return units.findById(id).filter(u -> scope.includes(u.getPath()))
			.orElseThrow(() -> new NotFoundException("unit.notFound", id));
	}

	/** Every unit of the scope, active or not, ordered as a tree. */
	@Transactional(readOnly = true)
	public java.util.List<Unit> allUnits(DataScope scope) {
		return units.findInScope(scope.likePattern());
	}

	public Unit createUnit(DataScope scope, UnitCommand command) {
		FieldProblems problems = new FieldProblems();
		Unit parent = command.parentId() == null ? null
				: units.findById(command.parentId()).filter(u -> scope.includes(u.getPath())).orElse(null);
		problems.addIf(parent == null, "parentId", "unit.parent.required");
		problems.addIf(parent != null && command.kind() != null && !parent.getKind().allowedChildren().contains(command.kind()),
				"kind", "unit.kind.notAllowedUnder");
		checkUnitFields(command, null, problems);
		boolean legalAffairs = Boolean.TRUE.equals(command.legalAffairs());
		problems.addIf(legalAffairs && parent != null && !mayBeLegalAffairs(command.kind(), parent), "legalAffairs",
				"unit.legalAffairs.notDepartment");
		problems.throwIfAny();
		Unit unit = new Unit(units.nextId(), parent, command.code(), command.nameZh().strip(), command.nameEn().strip(),
				command.shortName().strip(), command.kind(), zoneOf(command, parent), clock.instant());
		unit.setLegalAffairs(legalAffairs);
		units.save(unit);
		events.publishEvent(AuditEvent.success("UNIT_CREATED", "UNIT", unit.getId(), unit.getCode() + " " + unit.getNameZh()));
		return unit;
	}

	/** Creates a bureau, the root of a tree; only the bootstrap and demo data do this. */
	public Unit createBureau(String code, String nameZh, String nameEn, String shortName, String zoneId) {
		Unit unit = new Unit(units.nextId(), null, code, nameZh, nameEn, shortName, UnitKind.BUREAU, zoneId, clock.instant());
		units.save(unit);
		events.publishEvent(AuditEvent.success("UNIT_CREATED", "UNIT", unit.getId(), code + " " + nameZh));
		return unit;
	}

	public Unit updateUnit(DataScope scope, long id, long expectedVersion, UnitCommand command) {
		Unit unit = unit(scope, id);
		if (unit.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(Label.of(unit.getNameZh(), unit.getNameEn()));
		}
		FieldProblems problems = new FieldProblems();
		checkUnitFields(command, unit.getId(), problems);
		// Paths, scopes and every case's unit path hang on the tree as it is: a unit is not moved or
		// turned into another kind, and a change asking for it is told so rather than saved without it.
		problems.addIf(command.parentId() != null && !command.parentId().equals(unit.getParentId()), "parentId",
				"unit.parent.fixed");
		problems.addIf(command.kind() != null && command.kind() != unit.getKind(), "kind", "unit.kind.fixed");
		boolean legalAffairs = command.legalAffairs() == null ? unit.isLegalAffairs() : command.legalAffairs();
		if (legalAffairs && !unit.isLegalAffairs()) {
			Unit parent = unit.getParentId() == null ? null : units.findById(unit.getParentId()).orElse(null);
			problems.addIf(parent == null || !mayBeLegalAffairs(unit.getKind(), parent), "legalAffairs",
					"unit.legalAffairs.notDepartment");
		}
		if (!legalAffairs && unit.isLegalAffairs()) {
			// Unmarking with LEGAL officers inside would leave them reading the whole bureau from nowhere
			// legal review is signed; their roles or units change first.
			units.legalAffairsLocked(unit.getId());
			long legalStaff = accounts.countHoldingRoleInUnit(Role.LEGAL, unit.getId());
			problems.addIf(legalStaff > 0, "legalAffairs", "unit.legalAffairs.legalStaffInside", legalStaff);
		}
		problems.throwIfAny();
		boolean marked = legalAffairs != unit.isLegalAffairs();
		unit.rename(command.code(), command.nameZh().strip(), command.nameEn().strip(), command.shortName().strip(),
				command.zoneId() == null || command.zoneId().isBlank() ? unit.getZoneId() : command.zoneId());
		unit.setLegalAffairs(legalAffairs);
		events.publishEvent(AuditEvent.success("UNIT_UPDATED", "UNIT", id, unit.getCode() + " " + unit.getNameZh()
				+ (marked ? " legalAffairs=" + legalAffairs : "")));
		return unit;
	}

	/** Only a department directly under the bureau can be its legal-affairs department. */
	private static boolean mayBeLegalAffairs(UnitKind kind, Unit parent) {
		return kind == UnitKind.DEPARTMENT && parent.getKind() == UnitKind.BUREAU;
	}

	/**
	 * LEGAL reads the whole bureau and signs its legal review, so it belongs to the legal-affairs
	 * department's officers only; a detachment's own legal officer reviews as REVIEWER.
	 */
	private void checkLegalRole(Set<Role> roles, long unitId, String field, FieldProblems problems) {
		if (roles != null && roles.contains(Role.LEGAL) && !units.legalAffairsLocked(unitId).orElse(true)) {
			units.findById(unitId)
				.ifPresent(u -> problems.add(field, field.equals("roles") ? "account.roles.legalOutsideLegalAffairs"
						: "officer.unit.legalOutsideLegalAffairs", u.getNameZh(), u.getNameEn()));
		}
	}

	private void checkUnitFields(UnitCommand command, Long existingId, FieldProblems problems) {
		units.findByCode(command.code())
			.filter(other -> !other.getId().equals(existingId))
			.ifPresent(other -> problems.add("code", "unit.code.taken"));
		if (command.zoneId() != null && !command.zoneId().isBlank()) {
			try {
				ZoneId.of(command.zoneId());
			}
			catch (DateTimeException ex) {
				problems.add("zoneId", "unit.zone.invalid");
			}
		}
	}

	private static String zoneOf(UnitCommand command, Unit parent) {
		return command.zoneId() == null || command.zoneId().isBlank() ? parent.getZoneId() : command.zoneId();
	}

	// --- officers

	@Transactional(readOnly = true)
	public Page<Officer> searchOfficers(DataScope scope, Long unitId, String keyword, Pageable pageable) {
		// Read as names and numbers are stored, so a padded name or a full-width number still finds them.
		String typed = keyword == null ? "" : TypedNames.person(SearchTerms.folded(keyword));
		return officers.search(scope.likePattern(), unitId, typed.isEmpty() ? null : typed, pageable);
	}

	@Transactional(readOnly = true)
	public Officer officer(DataScope scope, long id) {
		return officers.findById(id)
			.filter(o -> units.findById(o.getUnitId()).map(u -> scope.includes(u.getPath())).orElse(false))
			.orElseThrow(() -> new NotFoundException("officer.notFound", id));
	}

	public Officer createOfficer(DataScope scope, OfficerCommand command) {
		checkOfficer(scope, command, null);
		Officer officer = new Officer(command.policeNumber(), command.name().strip(), command.unitId(), command.post(),
				phoneOrNone(command.phone()), clock.instant());
		officer.qualify(command.qualificationLevel(), command.qualificationValidFrom(), command.qualificationValidUntil());
		officers.save(officer);
		events.publishEvent(AuditEvent.success("OFFICER_CREATED", "OFFICER", officer.getId(), officer.getPoliceNumber()));
		return officer;
	}

	public Officer updateOfficer(DataScope scope, long id, long expectedVersion, OfficerCommand command) {
		Officer officer = officer(scope, id);
		if (officer.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(officer.getName());
		}
		checkOfficer(scope, command, id);
		if (!officer.getPoliceNumber().equals(command.policeNumber())) {
			throw InvalidInputException.of("policeNumber", "officer.policeNumber.immutable");
		}
		if (command.unitId() != null && !command.unitId().equals(officer.getUnitId())) {
			FieldProblems problems = new FieldProblems();
			accounts.findByOfficerId(id).ifPresent(a -> checkLegalRole(a.getRoles(), command.unitId(), "unitId", problems));
			problems.throwIfAny();
		}
		boolean active = command.active() == null ? officer.isActive() : command.active();
		if (officer.isActive() && !active) {
			accounts.findByOfficerId(id).ifPresent(a -> keepAnAdministrator(a, officer, false, "active"));
		}
		String phone = command.phone() == null ? officer.getPhone() : phoneOrNone(command.phone());
		OfficerChanges before = OfficerChanges.of(officer);
		officer.update(command.name().strip(), command.unitId(), command.post(), phone, active);
		officer.qualify(command.qualificationLevel(), command.qualificationValidFrom(), command.qualificationValidUntil());
		events.publishEvent(AuditEvent.success("OFFICER_UPDATED", "OFFICER", id,
				officer.getPoliceNumber() + " " + before.to(OfficerChanges.of(officer))));
		events.publishEvent(new OfficerChanged(id, clock.instant()));
		return officer;
	}

	/** An empty phone is no phone. */
	private static String phoneOrNone(String phone) {
		return phone == null || phone.isBlank() ? null : phone;
	}

	private void checkOfficer(DataScope scope, OfficerCommand command, Long existingId) {
		FieldProblems problems = new FieldProblems();
		problems.addIf(command.unitId() != null
				&& units.findById(command.unitId()).filter(u -> scope.includes(u.getPath()) && u.isActive()).isEmpty(),
				"unitId", "officer.unit.outOfScope");
		officers.findByPoliceNumber(command.policeNumber())
			.filter(other -> !other.getId().equals(existingId))
			.ifPresent(other -> problems.add("policeNumber", "officer.policeNumber.taken"));
		if (command.qualificationLevel() != null) {
			problems.addIf(command.qualificationValidFrom() == null, "qualificationValidFrom", "validation.required");
			problems.addIf(command.qualificationValidUntil() == null, "qualificationValidUntil", "validation.required");
			problems.addIf(command.qualificationValidFrom() != null && command.qualificationValidUntil() != null
					&& command.qualificationValidUntil().isBefore(command.qualificationValidFrom()),
					"qualificationValidUntil", "officer.qualification.untilBeforeFrom");
		}
		problems.throwIfAny();
	}

	// --- accounts

	@Transactional(readOnly = true)
	public java.util.Optional<Account> accountOf(long officerId) {
		return accounts.findByOfficerId(officerId);
	}

	/** The account of an officer in the administrator's scope; 404 for an officer outside it or without one. */
	@Transactional(readOnly = true)
	public Account account(DataScope scope, long officerId) {
		officer(scope, officerId);
		return accounts.findByOfficerId(officerId).orElseThrow(() -> new NotFoundException("account.notFound"));
	}

	public Account openAccount(DataScope scope, long officerId, AccountCommand command) {
		Officer officer = officer(scope, officerId);
		FieldProblems problems = new FieldProblems();
		problems.addIf(accounts.findByOfficerId(officerId).isPresent(), "username", "account.exists");
		problems.addIf(accounts.findByUsername(command.username()).isPresent(), "username", "account.username.taken");
		problems.addIf(!Passwords.acceptable(command.password()), "password", "account.password.weak");
		checkLegalRole(command.roles(), officer.getUnitId(), "roles", problems);
		problems.throwIfAny();
		Account account = new Account(officer.getId(), command.username(), null, command.roles(), clock.instant());
		account.setByAdministrator(passwordEncoder.encode(command.password()), clock.instant());
		accounts.save(account);
		events.publishEvent(AuditEvent.success("ACCOUNT_CREATED", "ACCOUNT", account.getId(),
				command.username() + " " + command.roles()));
		events.publishEvent(new OfficerChanged(officerId, clock.instant()));
		return account;
	}

	/**
	 * Opens an account with a password that is already hashed (demo data hashes once for all). Seeding
	 * runs before any request waits for a signer, so no {@link OfficerChanged} is published.
	 */
	public Account openAccountWithHash(long officerId, String username, String passwordHash, Set<Role> roles) {
		Account account = new Account(officerId, username, passwordHash, roles, clock.instant());
		accounts.save(account);
		events.publishEvent(AuditEvent.success("ACCOUNT_CREATED", "ACCOUNT", account.getId(), username + " " + roles));
		return account;
	}

	public Account changeAccount(DataScope scope, long officerId, long expectedVersion, Set<Role> roles, boolean enabled) {
		Account account = account(scope, officerId);
		if (account.getVersion() != expectedVersion) {
			throw ConflictException.staleVersion(account.getUsername());
		}
		if (roles == null || roles.isEmpty()) {
			throw InvalidInputException.of("roles", "account.roles.required");
		}
		FieldProblems problems = new FieldProblems();
		Officer officer = officers.findById(officerId).orElseThrow();
		checkLegalRole(roles, officer.getUnitId(), "roles", problems);
		problems.throwIfAny();
		keepAnAdministrator(account, officer, enabled && roles.contains(Role.ADMIN), "roles");
		account.assign(roles, enabled);
		events.publishEvent(AuditEvent.success("ACCOUNT_UPDATED", "ACCOUNT", account.getId(),
				account.getUsername() + " " + roles + (enabled ? "" : " disabled")));
		events.publishEvent(new OfficerChanged(officerId, clock.instant()));
		return account;
	}

	/**
	 * Refuses a change that would leave the officer's bureau with no administrator: the account held
	 * ADMIN, enabled, on an active officer, and after the change would not, while nobody else there
	 * does. Only a database edit could bring one back, and until then nobody could open accounts,
	 * reset a password or change a role.
	 *
	 * <p>The bureau's row is locked before counting: two administrators removing each other at the
	 * same moment would otherwise each still see the other and both pass. The second now waits,
	 * and counts after the first has committed.
	 */
	private void keepAnAdministrator(Account account, Officer officer, boolean staysAdministrator, String field) {
		boolean was = account.isEnabled() && officer.isActive() && account.getRoles().contains(Role.ADMIN);
		if (!was || staysAdministrator) {
			return;
		}
		long bureauId = DataScope.bureauOf(units.findById(officer.getUnitId()).orElseThrow().getPath());
		units.lock(bureauId);
		if (accounts.countOthersHolding(Role.ADMIN, "/" + bureauId + "/%", officer.getId()) == 0) {
			throw InvalidInputException.of(field, "account.lastAdministrator");
		}
	}

	public void resetPassword(DataScope scope, long officerId, String newPassword) {
		Account account = account(scope, officerId);
		if (!Passwords.acceptable(newPassword)) {
			throw InvalidInputException.of("password", "account.password.weak");
		}
		account.setByAdministrator(passwordEncoder.encode(newPassword), clock.instant());
		events.publishEvent(AuditEvent.success("ACCOUNT_PASSWORD_RESET", "ACCOUNT", account.getId(), account.getUsername()));
	}

	/** Records a successful sign-in on the account. */
	public void recordSignIn(long accountId) {
		accounts.findById(accountId).ifPresent(account -> account.signedIn(clock.instant()));
	}
}
