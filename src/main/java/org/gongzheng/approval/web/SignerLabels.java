package org.gongzheng.approval.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.internal.Signature;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.shared.web.Messages;

/**
 * How a signature names its signer: as they were called when they signed, and where their name or
 * police number has changed since, as they are called now beside it, so a record read years later
 * still says who signed under which name. Signatures given before V90 kept no name and are shown by
 * the present one.
 */
@Component("signers")
public class SignerLabels {

	private final Messages messages;

	SignerLabels(Messages messages) {
		this.messages = messages;
	}

	/** {@code present}: the signers as they are now, by id. */
	public String label(Signature signature, Map<Long, OfficerSummary> present) {
		Locale locale = LocaleContextHolder.getLocale();
		OfficerSummary now = present.get(signature.getSignerId());
		String earlier = earlierName(signature, now);
		if (earlier != null) {
			return messages.get(locale, "approval.signer.now", earlier, now.label(locale));
		}
		if (signature.getSignerName() != null) {
			return OfficerSummary.label(signature.getSignerName(), signature.getSignerPoliceNumber(), locale);
		}
		return now == null ? String.valueOf(signature.getSignerId()) : now.label(locale);
	}

	/**
	 * The name and police number the signature was given under where they differ from what the
	 * signer is called now, in the reader's language; null where they do not or were not kept.
	 */
	public String earlierName(Signature signature, OfficerSummary now) {
		if (signature.getSignerName() == null || now == null || (now.name().equals(signature.getSignerName())
				&& now.policeNumber().equals(signature.getSignerPoliceNumber()))) {
			return null;
		}
		return OfficerSummary.label(signature.getSignerName(), signature.getSignerPoliceNumber(),
				LocaleContextHolder.getLocale());
	}

	/** The name and police number a signature was given under, for the API; null before V90. */
	record SignedAs(String name, String policeNumber) {

		static SignedAs of(Signature signature) {
			return signature.getSignerName() == null ? null
					: new SignedAs(signature.getSignerName(), signature.getSignerPoliceNumber());
		}
	}
}
