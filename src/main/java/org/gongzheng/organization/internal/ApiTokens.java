package org.gongzheng.organization.internal;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.ApiTokenUse;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;

/**
 * Personal access tokens: an officer makes one for an API client and can revoke it, and the
 * client signs in with it instead of the password. The token is 32 random bytes, shown once; only
 * its SHA-256 is kept, so checking one is an index lookup, not a password hash. A token is void
 * once revoked or expired, and once the account's password was set after it was made: a changed
 * or reset password ends what was signed in with the old one, sessions and tokens alike.
 */
@Service
@Transactional
public class ApiTokens {

	static final String PREFIX = "gz_";

	private static final int LENGTH = PREFIX.length() + 43;

	private static final int MAX_ACTIVE = 20;

	private static final int MAX_DAYS = 365;

	/** Last use is recorded to the hour: a write on every call would cost more than the check. */
	private static final Duration USE_GRANULARITY = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final AccountDetailsService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcTemplate jdbc, AccountDetailsService accounts, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A token just made: the only time the token itself is known. */
	public record Created(long id, String name, String token, Instant expiresAt) implements Serializable {
	}

	/** An API call signed in with a token: the officer it speaks for, and the token itself. */
	public record SignIn(SignedInOfficer officer, ApiTokenUse token) {
	}

	/** A token as its owner sees it later: never the token, only how it begins. */
	public record Listed(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Status status) {
	}

	/** Whether a token not revoked still signs in, and if not, why. */
	public enum Status {
		ACTIVE, EXPIRED, PASSWORD_CHANGED
	}

	/** The SQL deciding a token's {@link Status}, for rows {@code t} of api_tokens and {@code a} of accounts. */
	private static final String STATUS = """
			case when t.expires_at <= ? then 'EXPIRED'
			     when a.password_changed_at is not null and t.created_at < a.password_changed_at then 'PASSWORD_CHANGED'
			     else 'ACTIVE' end""";

	public Created create(SignedInOfficer officer, String name, Integer validDays) {
		String trimmed = name == null ? "" : name.strip();
		int days = validDays == null ? 90 : validDays;
		FieldProblems problems = new FieldProblems();
		problems.addIf(trimmed.isEmpty(), "name", "validation.required");
		problems.addIf(trimmed.length() > 60, "name", "apiToken.name.tooLong", 60);
		problems.addIf(InvalidInputException.holdsNul(trimmed), "name", InvalidInputException.NUL_CHARACTER);
		problems.addIf(days < 1 || days > MAX_DAYS, "validDays", "apiToken.validDays.range", MAX_DAYS);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		// Two tokens made at once would both count the same tokens and together pass the limit;
		// the account's row makes the second wait until the first has committed.
		jdbc.queryForObject("select id from accounts where id = ? for no key update", Long.class, officer.accountId());
		problems.addIf(usable(officer.accountId(), now) >= MAX_ACTIVE, "name", "apiToken.tooMany", MAX_ACTIVE);
		problems.throwIfAny();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant expiresAt = now.plus(days, ChronoUnit.DAYS);
		long id = jdbc.queryForObject("""
				insert into api_tokens (account_id, name, token_hash, token_prefix, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, officer.accountId(), trimmed, hash(token),
				token.substring(0, 8), Timestamp.from(now), Timestamp.from(expiresAt));
		events.publishEvent(AuditEvent.success("API_TOKEN_CREATED", "ACCOUNT", officer.accountId(),
				officer.getUsername() + " token " + id + " " + trimmed + " until " + expiresAt));
		return new Created(id, trimmed, token, expiresAt);
	}

	/** The officer's tokens not revoked, newest first. */
	@Transactional(readOnly = true)
	public List<Listed> of(SignedInOfficer officer) {
		return of(officer.accountId());
	}

	/** The account's tokens not revoked, newest first. */
	List<Listed> of(long accountId) {
		Instant now = clock.instant();
		return jdbc.query("""
				select t.id, t.name, t.token_prefix, t.created_at, t.expires_at, t.last_used_at, %s
				from api_tokens t join accounts a on a.id = t.account_id
				where t.account_id = ? and t.revoked_at is null order by t.created_at desc, t.id desc limit 100""".formatted(STATUS),
				(rs, i) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
						rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
						Status.valueOf(rs.getString(7))),
				Timestamp.from(now), accountId);
	}

	/** Revokes every token of the account not yet revoked; returns how many. */
	int revokeAll(long accountId) {
		return jdbc.update("update api_tokens set revoked_at = ? where account_id = ? and revoked_at is null",
				Timestamp.from(clock.instant()), accountId);
	}

	/** Revokes one of the officer's own tokens; revoking it again changes nothing. */
	public void revoke(SignedInOfficer officer, long id) {
		Boolean revoked = jdbc.query("select revoked_at is not null from api_tokens where id = ? and account_id = ?",
				rs -> rs.next() ? rs.getBoolean(1) : null, id, officer.accountId());
		if (revoked == null) {
			throw new NotFoundException("apiToken.notFound");
		}
		if (!revoked) {
			jdbc.update("update api_tokens set revoked_at = ? where id = ?", Timestamp.from(clock.instant()), id);
			events.publishEvent(AuditEvent.success("API_TOKEN_REVOKED", "ACCOUNT", officer.accountId(),
					officer.getUsername() + " token " + id));
		}
	}

	/** The officer a token signs in, if it is one and still usable. */
	public Optional<SignIn> signIn(String token) {
		if (token == null || token.length() != LENGTH || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		List<Found> found = jdbc.query("""
				select t.id, t.token_prefix, a.username, t.created_at, t.last_used_at
				from api_tokens t join accounts a on a.id = t.account_id
				where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?""",
				(rs, i) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
						rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()),
				hash(token), Timestamp.from(now));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Found one = found.get(0);
		SignedInOfficer officer;
		try {
			officer = accounts.loadUserByUsername(one.username());
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
		if (!officer.isEnabled() || officer.passwordChangedAfter(one.createdAt())) {
			return Optional.empty();
		}
		if (one.lastUsedAt() == null || one.lastUsedAt().isBefore(now.minus(USE_GRANULARITY))) {
			jdbc.update("update api_tokens set last_used_at = ? where id = ?", Timestamp.from(now), one.id());
		}
		officer.eraseCredentials();
		return Optional.of(new SignIn(officer, new ApiTokenUse(one.id(), one.prefix())));
	}

	private int usable(long accountId, Instant now) {
		Integer count = jdbc.queryForObject("select count(*) from api_tokens t join accounts a on a.id = t.account_id "
				+ "where t.account_id = ? and t.revoked_at is null and " + STATUS + " = 'ACTIVE'", Integer.class, accountId,
				Timestamp.from(now));
		return count == null ? 0 : count;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Found(long id, String prefix, String username, Instant createdAt, Instant lastUsedAt) {
	}
}
