package org.gongzheng.casework.internal;

/** A party's part in the case. */
public enum PartyRole {
	/** 犯罪嫌疑人 */
	SUSPECT,
	/** 违法行为人 */
	OFFENDER,
	/** 被侵害人 */
	VICTIM,
	/** 证人 */
	WITNESS,
	/** 报案人 */
	REPORTER,
	OTHER
}
