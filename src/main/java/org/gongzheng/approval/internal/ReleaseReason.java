package org.gongzheng.approval.internal;

import java.time.LocalDate;

import org.gongzheng.organization.QualificationLevel;

/**
 * Why a named countersigner is released, as the record keeps it: the signing rule's code
 * ({@code because}), the cause within it, and the officer's qualification as it stood then with the
 * minimum the link asked for, which the messages of the qualification causes name.
 */
record ReleaseReason(String because, ReleaseCause cause, QualificationLevel qualification,
		LocalDate qualificationValidUntil, QualificationLevel minQualification) {

	static ReleaseReason notFound() {
		return new ReleaseReason("officer.notFound", ReleaseCause.NOT_FOUND, null, null, null);
	}

	/** As the audit log says it: the rule, the cause, and for the qualification causes what was held. */
	String audited() {
		String held = switch (cause) {
			case QUALIFICATION_LAPSED -> " valid until " + qualificationValidUntil;
			case QUALIFICATION_BELOW -> " " + qualification + " below " + minQualification;
			default -> "";
		};
		return because + " (" + cause + held + ")";
	}
}
