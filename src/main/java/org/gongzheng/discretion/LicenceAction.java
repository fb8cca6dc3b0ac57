package org.gongzheng.discretion;

/** What a penalty does to a driving licence. */
public enum LicenceAction {
	NONE,
	/** 暂扣机动车驾驶证 */
	SUSPEND,
	/** 吊销机动车驾驶证 */
	REVOKE
}
