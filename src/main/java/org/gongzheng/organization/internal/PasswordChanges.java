package org.gongzheng.organization.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * An officer changes their own password, proving they know the current one. A password an
 * administrator set is one the administrator knows; only the officer's own choice makes a
 * signature theirs alone. Wrong current passwords count towards the sign-in limit.
 */
@Service
public class PasswordChanges {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SignInLimit limit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PasswordAge age;

	PasswordChanges(AccountRepository accounts, PasswordEncoder encoder, SignInLimit limit,
			ApplicationEventPublisher events, Clock clock, PasswordAge age) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.limit = limit;
		this.events = events;
		this.clock = clock;
		this.age = age;
	}

	/**
	 * The age limit in days when that, not an administrator, is why the officer must change their
	 * password now; empty otherwise.
	 */
	@Transactional(readOnly = true)
	public OptionalLong expiredAfterDays(SignedInOfficer officer) {
		return accounts.findById(officer.accountId())
			.filter(account -> !account.isPasswordChangeRequired() && age.expired(account.getPasswordChangedAt()))
			.map(account -> OptionalLong.of(age.maxDays()))
			.orElse(OptionalLong.empty());
	}

	/**
	 * @param confirmation the new password typed again, or null where the caller has no second
	 *        field (the API)
	 * @param address where the request came from, for the sign-in limit
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public void change(SignedInOfficer officer, String current, String replacement, String confirmation, String address) {
		Account account = accounts.findById(officer.accountId()).orElseThrow();
		SignInLimit.Attempt attempt = limit.begin(account.getUsername(), address);
		if (attempt.pause().isPresent()) {
			throw InvalidInputException.of("currentPassword", "account.password.paused", attempt.pause().get().until());
		}
		FieldProblems problems = new FieldProblems();
		boolean knowsCurrent = current != null && encoder.matches(current, account.getPasswordHash());
		problems.addIf(!knowsCurrent, "currentPassword", "account.password.currentWrong");
		if (!Passwords.acceptable(replacement)) {
			problems.add("newPassword", "account.password.weak");
		}
		else if (replacement.equals(current)) {
			problems.add("newPassword", "account.password.unchanged");
		}
		problems.addIf(confirmation != null && !Objects.equals(confirmation, replacement), "confirmation",
				"account.password.mismatch");
		if (knowsCurrent) {
			limit.succeeded(attempt);
		}
		else {
			limit.failed(attempt);
		}
		problems.throwIfAny();
		account.changePassword(encoder.encode(replacement), clock.instant());
		events.publishEvent(AuditEvent.success("ACCOUNT_PASSWORD_CHANGED", "ACCOUNT", account.getId(), account.getUsername()));
	}
}
