package org.gongzheng.casework.internal;

/** How an incident reached the police. */
public enum ReportSource {
	/** 110 报警 */
	CALL_110,
	/** 群众来所报案 */
	WALK_IN,
	/** 巡逻发现 */
	PATROL,
	/** 其他部门移送 */
	TRANSFERRED,
	/** 网上报警 */
	ONLINE,
	OTHER
}
