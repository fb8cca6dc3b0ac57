package org.gongzheng.organization;

import java.time.Instant;
import java.util.List;

/**
 * Whether an officer may sign approvals. Supervision suspends the right (for instance after three
 * bottom rankings in a year); the legal department restores it with a reason. The approval module
 * refuses signatures while it is suspended.
 */
public interface ApprovalRights {

	boolean suspended(long officerId);

	/** Suspends by rule; {@code changedBy} is null when the system decided. */
	void suspend(long officerId, String reason, Long changedBy);

	void restore(long officerId, String reason, long changedBy);

	List<Change> history(long officerId);

	record Change(long officerId, boolean suspended, String reason, Long changedBy, Instant changedAt) {
	}
}
