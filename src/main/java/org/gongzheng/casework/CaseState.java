package org.gongzheng.casework;

/** Where a case stands. A case changes state only through a {@link CaseTransition}. */
public enum CaseState {

	/** 接报: an incident reported and registered, not yet accepted. */
	REGISTERED,
	/** 受案 */
	ACCEPTED,
	/** 立案 */
	FILED,
	/** 不予立案 */
	NOT_FILED,
	/** 侦查 / 调查 */
	INVESTIGATING,
	/** 作出决定 */
	DECIDED,
	/** 结案 */
	CLOSED,
	/** 撤销案件 */
	REVOKED;

	public boolean terminal() {
		return this == NOT_FILED || this == CLOSED || this == REVOKED;
	}
}
