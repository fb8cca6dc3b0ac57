package org.gongzheng.supervision.quality;

/**
 * Why a case was drawn for evaluation, as the API's list filters on it: the column holds these
 * names (a check constraint keeps it so).
 */
enum EvaluationReason {

	/** Drawn at random for the month. */
	SAMPLE,

	/** Drawn because of the supervision alerts raised on it. */
	ALERTS
}
