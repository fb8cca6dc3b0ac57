package org.gongzheng.organization;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.gongzheng.shared.Languages;

/**
 * Whether an officer may sign approvals. Supervision suspends the right (for instance after three
 * bottom rankings in a year); the legal department restores it with a reason. The approval module
 * refuses signatures while it is suspended.
 */
public interface ApprovalRights {

	boolean suspended(long officerId);

	/** Suspends by rule; {@code changedBy} is null when the system decided. */
	void suspend(long officerId, String reason, Long changedBy);

	/**
	 * Suspends with the reason in both languages, as the system writes it; {@code reasonEn} may be
	 * null (a reason a person typed stays in the language it was written in).
	 */
	void suspend(long officerId, String reason, String reasonEn, Long changedBy);

	void restore(long officerId, String reason, long changedBy);

	/**
	 * Restores against the officer's version the caller read (as the officer API shows it): an
	 * officer changed since, suspended again say, is a conflict rather than restored unseen.
	 * Returns the officer's version after the change.
	 */
	long restore(long officerId, long expectedVersion, String reason, long changedBy);

	List<Change> history(long officerId);

	record Change(long officerId, boolean suspended, String reason, String reasonEn, Long changedBy, Instant changedAt) {

		public String reason(Locale locale) {
			return Languages.pick(locale, reason, reasonEn);
		}
	}
}
