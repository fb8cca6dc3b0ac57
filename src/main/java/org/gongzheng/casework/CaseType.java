package org.gongzheng.casework;

public enum CaseType {
	/** 行政案件 */
	ADMINISTRATIVE,
	/** 刑事案件 */
	CRIMINAL
}
