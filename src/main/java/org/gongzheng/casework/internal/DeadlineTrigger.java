package org.gongzheng.casework.internal;

/** The event that starts a deadline. Each active rule answers exactly one trigger. */
public enum DeadlineTrigger {
	ADMINISTRATIVE_ACCEPTANCE, SUMMONS, SUMMONS_DETENTION_POSSIBLE, CRIMINAL_DETENTION, CRIMINAL_DETENTION_SERIOUS
}
