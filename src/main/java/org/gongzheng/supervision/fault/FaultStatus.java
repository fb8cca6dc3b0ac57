package org.gongzheng.supervision.fault;

/**
 * Where a fault stands, as the API's list filters on it: the column holds these names (a check
 * constraint keeps it so); binding the filter to them refuses any other value on its parameter.
 */
enum FaultStatus {

	/** Recorded; the responsible people are still to be decided. */
	OPEN,

	/** Every person's responsibility decided. */
	DECIDED
}
