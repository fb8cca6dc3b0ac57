package org.gongzheng.discretion.internal;

/** The kinds of procedure rule the rule book knows how to check. */
public enum RuleKind {
	/** Simple procedure: the fine may not exceed the limit (per offender kind). */
	SIMPLE_FINE_LIMIT,
	/** Simple procedure: only a warning or a fine, and not for violations whose standard requires more. */
	SIMPLE_KINDS,
	/** Points the code carries are recorded, unless a lawful reason is given. */
	MANDATORY_POINTS,
	/** Detention the standard requires is imposed, unless a lawful reason is given. */
	MANDATORY_DETENTION,
	/** A licence suspension or revocation the standard requires is imposed, unless a lawful reason is given. */
	MANDATORY_LICENCE,
	/** A fine at or above the limit requires the hearing-rights notice. */
	HEARING_NOTICE,
	/** A licence revocation requires the hearing-rights notice. */
	HEARING_NOTICE_REVOCATION,
	/** Leaving the standard's range requires a written reason. */
	OUT_OF_RANGE_REASON,
	/** An ordinary-procedure decision outside the range goes to legal review. */
	LEGAL_REVIEW_OUT_OF_RANGE,
	/** An ordinary-procedure decision open to a hearing goes to legal review. */
	LEGAL_REVIEW_HEARING
}
