package org.gongzheng.discretion;

/** Whom a penalty is imposed on; on-the-spot fine limits differ (Administrative Penalty Law art. 51). */
public enum OffenderKind {
	CITIZEN, ORGANIZATION
}
