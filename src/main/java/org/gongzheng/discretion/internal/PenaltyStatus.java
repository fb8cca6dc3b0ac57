package org.gongzheng.discretion.internal;

/** Where a penalty decision stands. */
public enum PenaltyStatus {
	/** Proposed; in the same transaction it is either issued or submitted for approval. */
	PROPOSED,
	/** Waiting for its approval request (审核审批; PENALTY_MAJOR includes legal review 法制审核). */
	PENDING_APPROVAL,
	/** Returned for correction 退回补正: the handler may propose again. */
	RETURNED,
	/** Refused by a signer: the handler may propose again. */
	REFUSED,
	/** Returned, then withdrawn 撤回 by its handler instead of submitted again: they may propose anew. */
	WITHDRAWN,
	/** Decided: its numbered document was issued. */
	ISSUED
}
