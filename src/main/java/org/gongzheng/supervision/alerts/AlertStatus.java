package org.gongzheng.supervision.alerts;

/** Where an alert stands in its rectification. */
public enum AlertStatus {
	RAISED, ASSIGNED, RECTIFICATION_SUBMITTED, REOPENED, CLOSED;

	public boolean open() {
		return this != CLOSED;
	}
}
