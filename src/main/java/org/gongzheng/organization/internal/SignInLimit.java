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

	/** How long an attempt beyond the checks under way waits for one of them to finish. */
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

	private static final Duration RECHECK = Duration.ofMillis(50);

	/** Longer than any password check takes: a check still marked under way after it was cut short. */
	private static final Duration STALE_CHECK = Duration.ofMinutes(1);

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
	 * A sign-in attempt: admitted to have its password checked ({@code id} of its row), refused
	 * ({@code pause} present), or not counted at all (no account named).
	 */
	record Attempt(Long id, Optional<Pause> pause) {

		static final Attempt UNCOUNTED = new Attempt(null, Optional.empty());
	}

	/**
	 * Admits an attempt to sign in as {@code account} from {@code address}, or to confirm its
	 * password, to have the password checked. An attempt is counted while it is checked, not only
	 * once it has failed: checking first and counting the failure afterwards let thirty guesses sent
	 * together all pass a check none of them had failed yet. Admission takes a lock per account and
	 * address for the length of one short transaction, so the failures and the checks under way
	 * never exceed {@code max-failures}; an attempt beyond them waits for one to finish (a client
	 * calling in parallel with the right password is slowed, not refused) and is refused once the
	 * failures alone reach the limit, or after {@link #LONGEST_WAIT}.
	 */
	Attempt begin(String account, String address) {
		if (account == null || account.isBlank() || address == null) {
			return Attempt.UNCOUNTED;
		}
		long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
		while (true) {
			Attempt attempt = separately.execute(status -> admit(account, address));
			if (attempt != null) {
				return attempt;
			}
			if (System.nanoTime() > deadline) {
				Instant soon = clock.instant().plusSeconds(1);
				return new Attempt(null, Optional.of(new Pause(TIME.format(soon.atZone(zone.zoneId())), 1)));
			}
			try {
				Thread.sleep(RECHECK.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new Attempt(null, Optional.of(new Pause(TIME.format(clock.instant().atZone(zone.zoneId())), 1)));
			}
		}
	}

	/** The attempt admitted, the pause that refuses it, or null when it must wait for a check under way. */
	private Attempt admit(String account, String address) {
		jdbc.queryForObject("select 1 from (select pg_advisory_xact_lock(hashtext(?))) locked", Integer.class,
				"sign-in " + key(account) + " " + cut(address));
		Instant now = clock.instant();
		// The failures, the latest of them, and the failures with the checks under way, in one read.
		Counted counted = jdbc.queryForObject("""
				select count(*) filter (where not checking or failed_at < ?), max(failed_at) filter (where not checking
				or failed_at < ?), count(*) from sign_in_failures where account = ? and client_address = ? and failed_at > ?""",
				(rs, i) -> new Counted(rs.getInt(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
						rs.getInt(3)),
				Timestamp.from(now.minus(STALE_CHECK)), Timestamp.from(now.minus(STALE_CHECK)), key(account), cut(address),
				Timestamp.from(now.minus(pause)));
		if (counted.failures() >= maxFailures) {
			// Failures within the pause: the pause lasts until the pause after the latest of them.
			Instant until = counted.latestFailure().plus(pause);
			return new Attempt(null, Optional.of(new Pause(TIME.format(until.atZone(zone.zoneId())),
					Duration.between(now, until).toSeconds() + 1)));
		}
		if (counted.all() >= maxFailures) {
			return null;
		}
		Long id = jdbc.queryForObject("""
				insert into sign_in_failures (account, client_address, failed_at, checking) values (?, ?, ?, true)
				returning id""", Long.class, key(account), cut(address), Timestamp.from(now));
		return new Attempt(id, Optional.empty());
	}

	/**
	 * Rows on one account from one address within the pause: failures (a check under way for longer
	 * than {@link #STALE_CHECK} was cut short when the server stopped, and counts as the failure it
	 * may have been), the latest failure, and all of them with the checks under way.
	 */
	private record Counted(int failures, Instant latestFailure, int all) {
	}

	/** The attempt signed in: it was no failure. */
	void succeeded(Attempt attempt) {
		if (attempt.id() != null) {
			separately.executeWithoutResult(
					status -> jdbc.update("delete from sign_in_failures where id = ?", attempt.id()));
		}
	}

	/** The attempt's password was wrong, or it did not sign in for another reason: a failure. */
	void failed(Attempt attempt) {
		if (attempt.id() != null) {
			separately.executeWithoutResult(
					status -> jdbc.update("update sign_in_failures set checking = false where id = ?", attempt.id()));
		}
	}

	/** Every address from which this account's sign-ins are paused now, latest pause first. */
	List<PausedSignIn> pausesOf(String account) {
		return jdbc.query("""
				select client_address, max(failed_at) from sign_in_failures where account = ? and failed_at > ?
				and (not checking or failed_at < ?) group by client_address having count(*) >= ?
				order by max(failed_at) desc""",
				(rs, i) -> new PausedSignIn(rs.getString(1), rs.getTimestamp(2).toInstant().plus(pause)), key(account),
				Timestamp.from(clock.instant().minus(pause)), Timestamp.from(clock.instant().minus(STALE_CHECK)),
				maxFailures);
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
	 * Accounts are found regardless of case, and the form's name as {@link AccountNames} reads it, so
	 * every name is counted so: " 210102" was counted apart from "210102" and signed in as it, which
	 * made a pause as easy to pass as adding a space. Over Basic, where the name is not read so, this
	 * counts more attempts on an account, never fewer.
	 */
	private static String key(String account) {
		return cut(AccountNames.asSignedIn(account).toLowerCase(Locale.ROOT));
	}

	private static String cut(String value) {
		return value.length() <= LONGEST ? value : value.substring(0, LONGEST);
	}
}
