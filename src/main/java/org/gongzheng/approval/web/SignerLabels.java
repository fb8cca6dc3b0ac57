package org.gongzheng.approval.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.internal.ApprovalRequest;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.approval.internal.SubmissionRound;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.shared.web.Messages;

/**
 * How a signature names its signer, and a round its submitter: as they were called then, and where
 * their name or police number has changed since, as they are called now beside it, so a record read
 * years later still says who acted under which name. Signatures before V90 and rounds before V91
 * kept no name and are shown by the present one.
 */
@Component("signers")
public class SignerLabels {

	private final Messages messages;

	SignerLabels(Messages messages) {
		this.messages = messages;
	}

	/** {@code present}: the signers as they are now, by id. */
	public String label(Signature signature, Map<Long, OfficerSummary> present) {
		return label(signature.getSignerId(), signature.getSignerName(), signature.getSignerPoliceNumber(), present);
	}

	/** {@code present}: the submitters as they are now, by id. */
	public String submitter(SubmissionRound round, Map<Long, OfficerSummary> present) {
		return label(round.submittedBy(), round.submitterName(), round.submitterPoliceNumber(), present);
	}

	/**
	 * Who withdrew the request: the officer who took it back, "the system" where it withdrew it (it
	 * wrote the reason in both languages), or "not recorded" for one taken back by hand before
	 * V99 kept who did. {@code present}: the officers as they are now, by id.
	 */
	public String withdrawer(ApprovalRequest request, Map<Long, OfficerSummary> present) {
		Locale locale = LocaleContextHolder.getLocale();
		if (request.getWithdrawnBy() != null) {
			OfficerSummary officer = present.get(request.getWithdrawnBy());
			return officer == null ? String.valueOf(request.getWithdrawnBy()) : officer.label(locale);
		}
		return messages.get(locale, request.getWithdrawalReasonEn() != null ? "approval.records.withdrawnBySystem"
				: "approval.records.withdrawnByUnrecorded");
	}

	/**
	 * The name and police number the signature was given under where they differ from what the
	 * signer is called now, in the reader's language; null where they do not or were not kept.
	 */
	public String earlierName(Signature signature, OfficerSummary now) {
		return earlierName(signature.getSignerName(), signature.getSignerPoliceNumber(), now);
	}

	private String label(long officerId, String name, String policeNumber, Map<Long, OfficerSummary> present) {
		Locale locale = LocaleContextHolder.getLocale();
		OfficerSummary now = present.get(officerId);
		String earlier = earlierName(name, policeNumber, now);
		if (earlier != null) {
			return messages.get(locale, "approval.signer.now", earlier, now.label(locale));
		}
		if (name != null) {
			return OfficerSummary.label(name, policeNumber, locale);
		}
		return now == null ? String.valueOf(officerId) : now.label(locale);
	}

	private static String earlierName(String name, String policeNumber, OfficerSummary now) {
		if (name == null || now == null || (now.name().equals(name) && now.policeNumber().equals(policeNumber))) {
			return null;
		}
		return OfficerSummary.label(name, policeNumber, LocaleContextHolder.getLocale());
	}

	/** The name and police number someone signed or submitted under, for the API; null where not kept. */
	record SignedAs(String name, String policeNumber) {

		static SignedAs of(Signature signature) {
			return signature.getSignerName() == null ? null
					: new SignedAs(signature.getSignerName(), signature.getSignerPoliceNumber());
		}

		static SignedAs of(SubmissionRound round) {
			return round.submitterName() == null ? null
					: new SignedAs(round.submitterName(), round.submitterPoliceNumber());
		}
	}
}
