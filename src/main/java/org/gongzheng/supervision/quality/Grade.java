package org.gongzheng.supervision.quality;

/** The grade of an evaluated case: 优秀, 合格 or 不合格, by thresholds held as data. */
public enum Grade {
	EXCELLENT, PASS, FAIL
}
