package org.gongzheng.audit.internal;

import java.time.Instant;
import java.util.List;

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

	/** As many of each as one screen shows; older ones stay in the audit log. */
	public static final int SHOWN = 30;

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

	/** The officer's latest sign-ins and refused attempts, newest first. */
	public List<SignIn> signIns(SignedInOfficer officer) {
		return jdbc.query("""
				select occurred_at, client_address, outcome, details from audit_log
				where object_type = 'ACCOUNT' and object_id = ? and action = 'SIGN_IN'
				order by id desc limit ?""",
				(rs, i) -> new SignIn(rs.getTimestamp(1).toInstant(), rs.getString(2),
						Result.of(rs.getString(3), rs.getString(4))),
				officer.getUsername(), SHOWN);
	}

	/**
	 * The latest changes to the officer's account, newest first. Sign-ins name the account by its
	 * user name and changes by its id, so a user name that looks like an id never mixes in here.
	 */
	public List<Change> changes(SignedInOfficer officer) {
		return jdbc.query("""
				select occurred_at, action, actor, client_address from audit_log
				where object_type = 'ACCOUNT' and object_id = ? and action not in ('SIGN_IN', 'SIGN_OUT')
				order by id desc limit ?""",
				(rs, i) -> {
					String by = rs.getString(3);
					// Where an administrator works from is not the officer's business; their own address is.
					String address = officer.getUsername().equals(by) ? rs.getString(4) : null;
					return new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), by, address);
				}, String.valueOf(officer.accountId()), SHOWN);
	}
}
