package org.gongzheng.approval.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five lists of the reviewer's queue. The key is what URLs, message codes and the API's field
 * names use, so one word names the list everywhere. The first three wait for a signer; the last
 * two wait for the submitter or a handler to resubmit or withdraw.
 */
public enum QueueGroup {

	WAITING_FOR_ME("waitingForMe"), OVERDUE_IN_SCOPE("overdueInScope"), SUBMITTED_BY_ME("submittedByMe"),
	RETURNED_TO_ME("returnedToMe"), STALE_FOR_ME("staleForMe");

	private final String key;

	QueueGroup(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	public static Optional<QueueGroup> of(String key) {
		return Arrays.stream(values()).filter(g -> g.key.equals(key)).findFirst();
	}

	/** Every list's key, in the queue's order, for a refusal that names the lists there are. */
	public static List<String> keys() {
		return Arrays.stream(values()).map(QueueGroup::key).toList();
	}
}
