package org.gongzheng.organization;

/** What an account may do. An account holds one or more roles. */
public enum Role {

	/** Front-line or traffic officer: registers intakes and handles cases. */
	OFFICER,
	/** Team or station leader who reviews case links before they move on. */
	REVIEWER,
	/** Legal-affairs department: legal review, standards, supervision, audit verification. */
	LEGAL,
	/** Bureau leader: final approval of key links, dashboards. */
	LEADER,
	/** Maintains units, accounts and rule data. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
