package org.gongzheng.organization;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import org.gongzheng.shared.time.ZonedUser;

/**
 * The signed-in officer as other modules see it: who they are, where they sit in the unit tree,
 * and therefore which cases they may see.
 */
public final class SignedInOfficer implements UserDetails, CredentialsContainer, ZonedUser {

	private final long accountId;

	private final long officerId;

	private final String username;

	private String passwordHash;

	private final String name;

	private final long unitId;

	private final String unitPath;

	private final ZoneId zone;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean passwordChangeRequired;

	private final Instant passwordChangedAt;

	private final Instant sessionsEndedAt;

	public SignedInOfficer(long accountId, long officerId, String username, String passwordHash, String name, long unitId,
			String unitPath, ZoneId zone, Set<Role> roles, boolean enabled) {
		this(accountId, officerId, username, passwordHash, name, unitId, unitPath, zone, roles, enabled, false, null, null);
	}

	/**
	 * @param passwordChangeRequired whether an administrator set the password, which its owner must replace first
	 * @param passwordChangedAt when the password was last set, which a session signed in with an
	 *        older one no longer outlives
	 * @param sessionsEndedAt when the officer, or an administrator, last ended all the account's
	 *        sessions; one signed in before then no longer goes on
	 */
	public SignedInOfficer(long accountId, long officerId, String username, String passwordHash, String name, long unitId,
			String unitPath, ZoneId zone, Set<Role> roles, boolean enabled, boolean passwordChangeRequired,
			Instant passwordChangedAt, Instant sessionsEndedAt) {
		this.accountId = accountId;
		this.officerId = officerId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.name = name;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.zone = zone;
		this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		this.enabled = enabled;
		this.passwordChangeRequired = passwordChangeRequired;
		this.passwordChangedAt = passwordChangedAt;
		this.sessionsEndedAt = sessionsEndedAt;
	}

	/** The officer behind the current request, if one is signed in. */
	public static Optional<SignedInOfficer> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInOfficer officer
				? Optional.of(officer) : Optional.empty();
	}

	/** The officer behind the current request; services call this only behind authenticated URLs. */
	public static SignedInOfficer require() {
		return current().orElseThrow(() -> new IllegalStateException("No officer is signed in"));
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role role : candidates) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Officers and reviewers see their own unit's subtree; legal-affairs staff, leaders and
	 * administrators see their whole bureau. Nobody sees across bureaus.
	 */
	public DataScope scope() {
		return hasAny(Role.LEGAL, Role.LEADER, Role.ADMIN) ? new DataScope(bureauPath()) : new DataScope(unitPath);
	}

	public String bureauPath() {
		return "/" + DataScope.bureauOf(unitPath) + "/";
	}

	public long accountId() {
		return accountId;
	}

	/** Whether the password is one an administrator set, to be replaced before anything else. */
	public boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	/** Whether this officer signed in with a password other than the one {@code now} has. */
	public boolean passwordChangedSince(SignedInOfficer now) {
		return !Objects.equals(passwordChangedAt, now.passwordChangedAt);
	}

	/** Whether the account's sessions were ended since this officer signed in, as {@code now} knows. */
	public boolean sessionsEndedSince(SignedInOfficer now) {
		return !Objects.equals(sessionsEndedAt, now.sessionsEndedAt);
	}

	/** Whether the password was set after {@code moment}, which then belongs to an older password. */
	public boolean passwordChangedAfter(Instant moment) {
		return passwordChangedAt != null && passwordChangedAt.isAfter(moment);
	}

	public long officerId() {
		return officerId;
	}

	public String name() {
		return name;
	}

	public long unitId() {
		return unitId;
	}

	public String unitPath() {
		return unitPath;
	}

	public Set<Role> roles() {
		return roles;
	}

	@Override
	public ZoneId zone() {
		return zone;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInOfficer that && that.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return username;
	}
}
