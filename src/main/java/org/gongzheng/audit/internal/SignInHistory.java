package org.gongzheng.audit.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.SignedInOfficer;

/**
 * An officer's own recent sign-ins, read from the audit log: each page sign-in and every refused
 * attempt at the account, by the pages or the API, with where it came from. An address the officer
 * does not know is their cue to change the password and end their other sessions.
 */
@Service
@Transactional(readOnly = true)
public class SignInHistory {

	/** As many as one screen shows; older ones stay in the audit log. */
	public static final int SHOWN = 30;

	private final JdbcTemplate jdbc;

	SignInHistory(JdbcTemplate jdbc) {
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

	public record Entry(Instant at, String address, Result result) {
	}

	/** The officer's latest sign-ins and refused attempts, newest first. */
	public List<Entry> of(SignedInOfficer officer) {
		return jdbc.query("""
				select occurred_at, client_address, outcome, details from audit_log
				where object_type = 'ACCOUNT' and object_id = ? and action = 'SIGN_IN'
				order by id desc limit ?""",
				(rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2),
						Result.of(rs.getString(3), rs.getString(4))),
				officer.getUsername(), SHOWN);
	}
}
