package org.gongzheng.discretion;

public enum ViolationDomain {
	/** 道路交通安全违法行为 */
	TRAFFIC,
	/** 违反治安管理行为 */
	PUBLIC_ORDER
}
