package org.gongzheng.supervision.quality;

/**
 * Where an evaluation stands, as the API's list filters on it: the column holds these names (a
 * check constraint keeps it so); binding the filter to them refuses any other value on its parameter.
 */
enum EvaluationStatus {

	/** Drawn, not yet scored. */
	PENDING,

	SCORED
}
