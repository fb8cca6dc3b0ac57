package org.gongzheng.approval;

/** The kinds of action that need approval; each has its own chain. */
public enum ApprovalAction {
	/** 立案 */
	FILING,
	/** 不予立案 */
	NON_FILING,
	/** 采取强制措施 */
	MEASURE_TAKE,
	/** 变更强制措施 */
	MEASURE_CHANGE,
	/** 解除强制措施 */
	MEASURE_END,
	/** 提请批准逮捕 */
	ARREST_REQUEST,
	/** 移送审查起诉 */
	TRANSFER_FOR_PROSECUTION,
	/** 行政处罚决定（简易程序） */
	PENALTY_SIMPLE,
	/** 行政处罚决定（普通程序） */
	PENALTY_ORDINARY,
	/** 重大行政处罚决定: legal review 法制审核 first (Administrative Penalty Law art. 58). */
	PENALTY_MAJOR,
	/** 撤销案件 */
	REVOCATION,
	/** 结案 */
	CLOSING,
	/** 延长办案期限 */
	DEADLINE_EXTENSION;

	/**
	 * Whether any part of the product submits requests for this action yet. A simple-procedure
	 * decision is made on the spot (traffic, where it has no case file a request could pin) and
	 * supervision reviews it afterwards; casework proposes ordinary-procedure decisions only. Its
	 * chain is kept, and editable, for the filing review 备案审核 its citation describes.
	 */
	public boolean submitted() {
		return this != PENALTY_SIMPLE;
	}

	/** Whether approving it moves the case on: files, declines, decides, revokes or closes it. */
	public boolean movesCase() {
		return switch (this) {
			case FILING, NON_FILING, TRANSFER_FOR_PROSECUTION, PENALTY_SIMPLE, PENALTY_ORDINARY, PENALTY_MAJOR, REVOCATION,
					CLOSING -> true;
			case MEASURE_TAKE, MEASURE_CHANGE, MEASURE_END, ARREST_REQUEST, DEADLINE_EXTENSION -> false;
		};
	}

	/**
	 * Whether a request for this action may not wait beside a pending one for {@code other}: both
	 * move the case, to different ends (filing and declining it, deciding and revoking it), so
	 * signers would be asked to approve contradicting outcomes and all but one would be withdrawn
	 * unsigned, with their approvals left in the signers' lifelong records. Penalty decisions go
	 * together, one for each party of the case.
	 */
	public boolean contradicts(ApprovalAction other) {
		return movesCase() && other.movesCase() && !(isPenalty() && other.isPenalty());
	}

	private boolean isPenalty() {
		return this == PENALTY_SIMPLE || this == PENALTY_ORDINARY || this == PENALTY_MAJOR;
	}
}
