package org.gongzheng.casework.internal;

import org.gongzheng.casework.CaseType;

/** Compulsory measures 强制措施 and the summons that starts questioning. */
public enum MeasureType {

	/** 传唤 (administrative): starts the questioning time limit. */
	SUMMONS(CaseType.ADMINISTRATIVE),
	/** 刑事拘留: starts the arrest-approval request deadline. */
	CRIMINAL_DETENTION(CaseType.CRIMINAL),
	/** 取保候审 */
	BAIL_PENDING_TRIAL(CaseType.CRIMINAL),
	/** 监视居住 */
	RESIDENTIAL_SURVEILLANCE(CaseType.CRIMINAL);

	private final CaseType caseType;

	MeasureType(CaseType caseType) {
		this.caseType = caseType;
	}

	public boolean appliesTo(CaseType type) {
		return caseType == type;
	}
}
