package org.gongzheng.approval.internal;

/**
 * What exactly stopped a named countersigner, within the signing rule that did: the rules on role
 * and qualification each stop an officer for more than one reason, and the record of a release must
 * say which one applied (a lapsed qualification is renewed, a disabled account reopened, a level
 * below the link's minimum is neither).
 */
public enum ReleaseCause {

	/** Handles the case (signing rule {@code approval.ownCase}). */
	OWN_CASE("ownCase"),

	/** Signed another link of the round ({@code approval.otherLinkSigned}). */
	OTHER_LINK_SIGNED("otherLinkSigned"),

	/** The account holds roles, but not the link's ({@code approval.role}). */
	ROLE_WITHDRAWN("roleWithdrawn"),

	/** The account is disabled, so the officer holds no role at all ({@code approval.role}). */
	ACCOUNT_DISABLED("accountDisabled"),

	/** Not at the link's unit level any more: moved ({@code approval.unitLevel}). */
	UNIT_LEVEL("unitLevel"),

	/** The officer is no longer on active duty ({@code approval.qualification}). */
	OFFICER_INACTIVE("officerInactive"),

	/** No qualification on record (level and dates go together) ({@code approval.qualification}). */
	NO_QUALIFICATION("noQualification"),

	/** A qualification below the link's minimum ({@code approval.qualification}). */
	QUALIFICATION_BELOW("qualificationBelow"),

	/** A qualification whose validity ended ({@code approval.qualification}). */
	QUALIFICATION_LAPSED("qualificationLapsed"),

	/** Approval rights suspended ({@code approval.suspended}). */
	SUSPENDED("suspended"),

	/** No longer on record at all. */
	NOT_FOUND("notFound");

	private final String key;

	ReleaseCause(String key) {
		this.key = key;
	}

	/** The message that says it, {@code approval.released.<cause>}. */
	public String messageCode() {
		return "approval.released." + key;
	}
}
