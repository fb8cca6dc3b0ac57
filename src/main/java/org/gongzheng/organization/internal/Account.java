package org.gongzheng.organization.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongzheng.organization.Role;

@Entity
@Table(name = "accounts")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "officer_id")
	private Long officerId;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled;

	@Column(name = "password_change_required")
	private boolean passwordChangeRequired;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "sessions_ended_at")
	private Instant sessionsEndedAt;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private Long version;

	protected Account() {
	}

	Account(long officerId, String username, String passwordHash, Set<Role> roles, Instant now) {
		this.officerId = officerId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.roles = EnumSet.copyOf(roles);
		this.createdAt = now;
		this.passwordChangedAt = stamp(now);
	}

	/** The owner's own choice. */
	void changePassword(String passwordHash, Instant at) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = false;
		this.passwordChangedAt = stamp(at);
	}

	/** A password an administrator set: its owner must replace it at the next sign-in. */
	void setByAdministrator(String passwordHash, Instant at) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = true;
		this.passwordChangedAt = stamp(at);
	}

	/** Every page session signed in until now ends at its next page; the password stays. */
	void endSessions(Instant at) {
		this.sessionsEndedAt = stamp(at);
	}

	/**
	 * The database keeps microseconds; sessions compare the stamp they signed in with to the one
	 * stored, so the one in memory must not carry more.
	 */
	private static Instant stamp(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	void assign(Set<Role> roles, boolean enabled) {
		this.roles.clear();
		this.roles.addAll(roles);
		this.enabled = enabled;
	}

	void signedIn(Instant at) {
		this.lastLoginAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getOfficerId() {
		return officerId;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isPasswordChangeRequired() {
		return passwordChangeRequired;
	}

	/** When the password was last set; null for an account older than this record. */
	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public Instant getSessionsEndedAt() {
		return sessionsEndedAt;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	public Long getVersion() {
		return version;
	}
}
