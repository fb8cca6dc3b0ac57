package org.gongzheng.audit.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.SignedInOfficer;

/**
 * What happened to an officer's own account, read from the audit log: each page sign-in and every
 * refused attempt, by the pages or the API, with where it came from; and each change to the
 * account (password, roles, tokens, sessions), by whom. An address the officer does not know, or a
 * token they did not make, is their cue to change the password and end their other sessions.
 */
@Service
@Transactional(readOnly = true)
public class AccountHistory {

	/** As many of each as one screen shows. */
	public static final int PAGE_SIZE = 30;

	/**
	 * Counting stops here, as in the audit log's own search: an account someone has been guessing
	 * at for years still pages at once.
	 */
	private static final int COUNTED = 100_000;

	/** An account's sign-in entries, by user name; the partial index V87 is made for exactly this. */
	private static final String SIGN_INS = "from audit_log where object_type = 'ACCOUNT' and object_id = ? and action = 'SIGN_IN'";

	/** Everything else recorded about an account, by its id. */
	private static final String CHANGES = "from audit_log where object_type = 'ACCOUNT' and object_id = ?"
			+ " and action not in ('SIGN_IN', 'SIGN_OUT')";

	/**
	 * The session attribute holding the id of the sign-in that made the session, so that its notice
	 * of refused attempts counts back from that sign-in and not from a later one elsewhere.
	 */
	public static final String SESSION_SIGN_IN = AccountHistory.class.getName() + ".SIGN_IN";

	/** How long before a sign-in its own address's refusals count as the officer mistyping. */
	private static final Duration OWN_TYPING = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	AccountHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How a sign-in ended, as far as the log tells. */
	public enum Result {
		SIGNED_IN, WRONG_PASSWORD, PAUSED, DISABLED, REFUSED;

		/** From the outcome and the refusal's exception name that {@link SecurityEventAuditor} records. */
		static Result of(String outcome, String details) {
			if ("SUCCESS".equals(outcome)) {
				return SIGNED_IN;
			}
			return switch (details == null ? "" : details) {
				case "BadCredentialsException" -> WRONG_PASSWORD;
				case "LockedException" -> PAUSED;
				case "DisabledException" -> DISABLED;
				default -> REFUSED;
			};
		}
	}

	public record SignIn(Instant at, String address, Result result) {
	}

	/**
	 * A change to the account.
	 *
	 * @param action the audit action, such as {@code ACCOUNT_PASSWORD_CHANGED}
	 * @param by the account that made it: the officer, or an administrator
	 * @param address where the officer made it from; null for a change someone else made
	 */
	public record Change(Instant at, String action, String by, String address) {
	}

	/**
	 * Attempts at the account refused between one of its page sign-ins and the one before.
	 *
	 * @param signIn the audit entry of the sign-in this is about, which a session keeps
	 * @param previous when the sign-in before it was; null if it was the first
	 */
	public record RefusedSince(int count, long signIn, Instant previous) {
	}

	/**
	 * What to tell the officer after signing in: how many attempts at the account were refused
	 * since the sign-in before. Those from the same address in the quarter hour before the sign-in
	 * are left out: they are the officer's own mistyped passwords, not news to them.
	 *
	 * @param signIn the sign-in this session made ({@link #SESSION_SIGN_IN}); null for a session that
	 *        does not know it, taken as the account's latest
	 */
	public RefusedSince refusedSincePreviousSignIn(SignedInOfficer officer, Long signIn) {
		List<Found> signIns = jdbc.query("select id, occurred_at, client_address " + SIGN_INS
				+ " and outcome = 'SUCCESS' and id <= ? order by id desc limit 2",
				(rs, i) -> new Found(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)), officer.getUsername(),
				signIn == null ? Long.MAX_VALUE : signIn);
		if (signIns.isEmpty()) {
			return new RefusedSince(0, 0, null);
		}
		Found latest = signIns.get(0);
		Found previous = signIns.size() > 1 ? signIns.get(1) : null;
		Integer count = jdbc.queryForObject("select count(*) " + SIGN_INS
				+ " and outcome <> 'SUCCESS' and id > ? and id < ?"
				+ " and not (client_address is not distinct from cast(? as varchar) and occurred_at > ?)", Integer.class,
				officer.getUsername(), previous == null ? 0L : previous.id(), latest.id(), latest.address(),
				Timestamp.from(latest.at().minus(OWN_TYPING)));
		return new RefusedSince(count == null ? 0 : count, latest.id(), previous == null ? null : previous.at());
	}

	private record Found(long id, Instant at, String address) {
	}

	/** The account's latest successful sign-in, just recorded by the request signing in. */
	Long latestSignIn(String username) {
		return jdbc.query("select max(id) " + SIGN_INS + " and outcome = 'SUCCESS'", (rs, i) -> (Long) rs.getObject(1),
				username).stream().findFirst().orElse(null);
	}

	/** The officer's sign-ins and refused attempts, newest first. */
	public Page<SignIn> signIns(SignedInOfficer officer, Pageable pageable) {
		List<SignIn> rows = jdbc.query(
				"select occurred_at, client_address, outcome, details " + SIGN_INS + " order by id desc limit ? offset ?",
				(rs, i) -> new SignIn(rs.getTimestamp(1).toInstant(), rs.getString(2),
						Result.of(rs.getString(3), rs.getString(4))),
				officer.getUsername(), pageable.getPageSize(), pageable.getOffset());
		return PageableExecutionUtils.getPage(rows, pageable,
				() -> count("select 1 " + SIGN_INS, officer.getUsername()));
	}

	/**
	 * The changes to the officer's account, newest first. Sign-ins name the account by its user
	 * name and changes by its id, so a user name that looks like an id never mixes in here.
	 */
	public Page<Change> changes(SignedInOfficer officer, Pageable pageable) {
		String accountId = String.valueOf(officer.accountId());
		List<Change> rows = jdbc.query("select occurred_at, action, actor, client_address " + CHANGES
				+ " order by id desc limit ? offset ?",
				(rs, i) -> {
					String by = rs.getString(3);
					// Where an administrator works from is not the officer's business; their own address is.
					String address = officer.getUsername().equals(by) ? rs.getString(4) : null;
					return new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), by, address);
				}, accountId, pageable.getPageSize(), pageable.getOffset());
		return PageableExecutionUtils.getPage(rows, pageable, () -> count("select 1 " + CHANGES, accountId));
	}

	private long count(String select, String objectId) {
		Long total = jdbc.queryForObject("select count(*) from (" + select + " limit " + COUNTED + ") c", Long.class,
				objectId);
		return total == null ? 0 : total;
	}
}
