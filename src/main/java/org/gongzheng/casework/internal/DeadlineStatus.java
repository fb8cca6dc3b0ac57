package org.gongzheng.casework.internal;

/** How a deadline stands at a moment. */
public enum DeadlineStatus {
	ON_TRACK, DUE_SOON, OVERDUE, MET, MET_LATE, CANCELLED;

	public boolean open() {
		return this == ON_TRACK || this == DUE_SOON || this == OVERDUE;
	}
}
