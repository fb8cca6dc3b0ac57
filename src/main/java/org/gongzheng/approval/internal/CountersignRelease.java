package org.gongzheng.approval.internal;

import java.time.Instant;

/**
 * A named signer released from a countersign link because a rule about themselves stopped them
 * signing: on which request, round and link, who, the rule's code ({@code because}) and when.
 */
public record CountersignRelease(long requestId, int round, int linkOrder, long officerId, String because, Instant at) {

	/** The message key that says why, in the reader's language. */
	public String reasonKey() {
		return "approval.released." + because.substring(because.indexOf('.') + 1);
	}
}
