package org.gongzheng.discretion;

/**
 * Circumstance grades of a discretion standard, from most lenient to most severe. 减轻 goes below
 * the statutory minimum (or to a lighter kind of penalty); 从轻 stays in the lower part of the range.
 */
public enum Grade {
	/** 不予处罚 */
	NO_PENALTY,
	/** 减轻处罚 */
	MITIGATED,
	/** 从轻处罚 */
	LIGHTER,
	/** 一般 */
	ORDINARY,
	/** 从重处罚 */
	HEAVIER
}
