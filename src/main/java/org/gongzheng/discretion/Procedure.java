package org.gongzheng.discretion;

public enum Procedure {
	/** 简易程序 (当场处罚) */
	SIMPLE,
	/** 普通程序 */
	ORDINARY
}
