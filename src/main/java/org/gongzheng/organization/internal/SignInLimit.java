package org.gongzheng.organization.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.shared.time.DefaultZone;

/**
 * Pauses sign-ins of one account from one address after repeated wrong passwords, by the form or
 * by HTTP Basic alike: {@code max-failures} failures within {@code pause} pause that pair until
 * {@code pause} after the last of them. Counting per address keeps an officer at their own
 * computer able to sign in while someone elsewhere guesses (police numbers are no secret). The
 * failures are rows in the database, so every instance of the application counts the same ones.
 */
@Component
class SignInLimit {

	private static final int LONGEST = 64;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DefaultZone zone;

	private final int maxFailures;

	private final Duration pause;

	private final TransactionTemplate separately;

	SignInLimit(JdbcTemplate jdbc, Clock clock, DefaultZone zone, @Value("${gongzheng.sign-in.max-failures}") int maxFailures,
			@Value("${gongzheng.sign-in.pause}") Duration pause, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.zone = zone;
		this.maxFailures = maxFailures;
		this.pause = pause;
	}

	/**
	 * A pause in force: until when, as the officer reads it (the default zone's clock time), and
	 * how many seconds are left, for an API's Retry-After.
	 */
	record Pause(String until, long secondsLeft) {
	}

	/**
	 * A sign-in under way: counted as a failure from before its password is checked until it is
	 * known to have succeeded, or, when {@code pause} is present, refused and not counted.
	 */
	record Attempt(Long id, Optional<Pause> pause) {

		static final Attempt UNCOUNTED = new Attempt(null, Optional.empty());
	}

	/**
	 * Starts an attempt to sign in as {@code account} from {@code address}, or to confirm its password,
	 * recorded in a transaction of its own so that every other attempt sees it at once. Counting the attempt before its password is
	 * checked is what holds the limit when guesses are sent all at once: checking first and counting
	 * the failure afterwards let a hundred attempts sent together all pass a check none of them had
	 * failed yet. The k-th attempt to count sees at least k - 1 others, so no more than
	 * {@code max-failures} are checked within a pause however many are sent at once.
	 */
	Attempt begin(String account, String address) {
		if (account == null || account.isBlank() || address == null) {
			return Attempt.UNCOUNTED;
		}
		// Committed before counting: of any two attempts, the one that counts later sees the other.
		Long id = separately.execute(status -> jdbc.queryForObject(
				"insert into sign_in_failures (account, client_address, failed_at) values (?, ?, ?) returning id",
				Long.class, key(account), cut(address), Timestamp.from(clock.instant())));
		Optional<Pause> paused = pause(account, address, id);
		if (paused.isEmpty()) {
			return new Attempt(id, paused);
		}
		// A refused attempt checked no password: it does not count, or trying would extend the pause.
		forget(id);
		return new Attempt(null, paused);
	}

	/** The attempt signed in: it was no failure. One that failed stays counted as it was begun. */
	void succeeded(Attempt attempt) {
		if (attempt.id() != null) {
			forget(attempt.id());
		}
	}

	private void forget(long attemptId) {
		separately.executeWithoutResult(status -> jdbc.update("delete from sign_in_failures where id = ?", attemptId));
	}

	/** The pause on this account from this address; empty when it may be tried now. */
	Optional<Pause> pause(String account, String address) {
		return account == null || address == null ? Optional.empty() : pause(account, address, null);
	}

	/** The pause the failures and attempts under way other than {@code ignored} make. */
	private Optional<Pause> pause(String account, String address, Long ignored) {
		Instant now = clock.instant();
		List<Instant> recent = jdbc.query("""
				select failed_at from sign_in_failures where account = ? and client_address = ? and failed_at > ?
				and id <> ? order by failed_at desc limit ?""", (rs, i) -> rs.getTimestamp(1).toInstant(), key(account),
				cut(address), Timestamp.from(now.minus(pause)), ignored == null ? -1L : ignored, maxFailures);
		if (recent.size() < maxFailures) {
			return Optional.empty();
		}
		Instant until = recent.get(0).plus(pause);
		return until.isAfter(now)
				? Optional.of(new Pause(TIME.format(until.atZone(zone.zoneId())), Duration.between(now, until).toSeconds() + 1))
				: Optional.empty();
	}

	/** Every address from which this account's sign-ins are paused now, latest pause first. */
	List<PausedSignIn> pausesOf(String account) {
		return jdbc.query("""
				select client_address, max(failed_at) from sign_in_failures where account = ? and failed_at > ?
				group by client_address having count(*) >= ? order by max(failed_at) desc""",
				(rs, i) -> new PausedSignIn(rs.getString(1), rs.getTimestamp(2).toInstant().plus(pause)), key(account),
				Timestamp.from(clock.instant().minus(pause)), maxFailures);
	}

	/**
	 * Forgets the account's failures, so that every address may try again at once: the officer
	 * proved who they are to an administrator some other way.
	 */
	void lift(String account) {
		jdbc.update("delete from sign_in_failures where account = ?", key(account));
	}

	/** Failures older than the pause count for nothing any more. */
	@Scheduled(fixedDelayString = "${gongzheng.sign-in.cleanup-delay:PT1H}")
	void forgetOldFailures() {
		jdbc.update("delete from sign_in_failures where failed_at < ?", Timestamp.from(clock.instant().minus(pause)));
	}

	/**
	 * Accounts are found regardless of case, and the sign-in form drops spaces around the name
	 * ({@code String.trim}), so they are counted so too: " 210102" was counted apart from "210102"
	 * and signed in as it, which made a pause as easy to pass as adding a space.
	 */
	private static String key(String account) {
		return cut(account.trim().toLowerCase(Locale.ROOT));
	}

	private static String cut(String value) {
		return value.length() <= LONGEST ? value : value.substring(0, LONGEST);
	}
}
