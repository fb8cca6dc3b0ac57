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
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

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

	SignInLimit(JdbcTemplate jdbc, Clock clock, DefaultZone zone, @Value("${gongzheng.sign-in.max-failures}") int maxFailures,
			@Value("${gongzheng.sign-in.pause}") Duration pause) {
		this.jdbc = jdbc;
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

	/** The pause on this account from this address; empty when it may be tried now. */
	Optional<Pause> pause(String account, String address) {
		if (account == null || address == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		List<Instant> recent = jdbc.query("""
				select failed_at from sign_in_failures where account = ? and client_address = ? and failed_at > ?
				order by failed_at desc limit ?""", (rs, i) -> rs.getTimestamp(1).toInstant(), key(account),
				cut(address), Timestamp.from(now.minus(pause)), maxFailures);
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

	/** A wrong password, or an account that does not exist: Spring Security tells them apart to nobody. */
	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			failed(event.getAuthentication().getName(), details.getRemoteAddress());
		}
	}

	/**
	 * A wrong password given anywhere, the current one when changing it included: a session left
	 * open must not become a way to guess it without limit.
	 */
	void failed(String account, String address) {
		if (account == null || account.isBlank() || address == null) {
			return;
		}
		jdbc.update("insert into sign_in_failures (account, client_address, failed_at) values (?, ?, ?)", key(account),
				cut(address), Timestamp.from(clock.instant()));
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
