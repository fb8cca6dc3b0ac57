package org.gongzheng.discretion.internal;

/** Where a penalty decision stands. */
public enum PenaltyStatus {
	/** Proposed within the standard's range; issued in the same transaction. */
	PROPOSED,
	/** 待法制审核 */
	PENDING_LEGAL_REVIEW,
	/** 退回补正: the handler may propose again. */
	RETURNED,
	/** 已作出决定, its document issued */
	ISSUED
}
