package org.gongzheng.supervision.fault;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gongzheng.shared.Languages;

/** A fault found on a case, and the people proposed to answer for it, per link. */
public record Fault(long id, long caseId, String caseNumber, String caseTitle, long unitId, String unitPath, String kind,
		String description, LocalDate foundOn, String status, long recordedBy, Instant recordedAt, Instant decidedAt,
		Decider decidedBy, long version, List<Responsibility> people) {

	public boolean decided() {
		return "DECIDED".equals(status);
	}

	/**
	 * The legal officer who decided, named as on paper: whoever clears or blames a signer answers for
	 * that ruling in turn.
	 */
	public record Decider(long officerId, String name, String policeNumber) {
	}

	/**
	 * One person for one link: the handler or co-handler, or a signer of one link and round, with
	 * what they signed and on which approval action (a case has several, each with a first round).
	 * {@code responsible}, {@code decidedBy} and {@code decidedAt} stay null until the legal
	 * department decides.
	 */
	public record Responsibility(long id, long officerId, String officerName, String policeNumber, String linkKind,
			Long signatureId, String action, String linkName, String linkNameEn, Integer round, String decision,
			String opinion, Boolean responsible, String responsibilityKind, String outcome, String note, Decider decidedBy,
			Instant decidedAt) {

		public String linkName(Locale locale) {
			return Languages.pick(locale, linkName, linkNameEn);
		}
	}
}
