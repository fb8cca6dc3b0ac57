package org.gongzheng.casework.internal;

import org.gongzheng.approval.Approvals;

/** What became of a requested transition: done, or waiting for approval. */
public record TransitionOutcome(LawCase lawCase, Approvals.RequestSummary approval) {

	public boolean awaitingApproval() {
		return approval != null;
	}
}
