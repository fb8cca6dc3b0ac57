package org.gongzheng.organization;

/** Law-enforcement qualification 执法资格, earned by examination, ordered from lowest to highest. */
public enum QualificationLevel {

	BASIC, INTERMEDIATE, ADVANCED;

	public boolean atLeast(QualificationLevel minimum) {
		return compareTo(minimum) >= 0;
	}
}
