package org.gongzheng.approval;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gongzheng.shared.Languages;

/**
 * What was later found against the links an officer signed: enforcement faults on the case that
 * name the signer for the very link and round they signed, and what the legal department decided.
 * Provided by the module that records faults (supervision), so that the lifelong signing record
 * shows, beside each signature, whether it was later held against its signer.
 */
public interface SignatureFindings {

	/** The findings for each of these signatures that has any, oldest first; others are left out. */
	Map<Long, List<Finding>> forSignatures(Collection<Long> signatureIds);

	/** The ids of the officer's signatures that any finding names. */
	Set<Long> signaturesWithFindings(long officerId);

	/**
	 * The finding in one line of the reader's language. Worded by the module that decides findings,
	 * so that the signing record says a ruling in the same words as that module's own records.
	 */
	String describe(Finding finding);

	/**
	 * One fault finding against one signature.
	 *
	 * @param responsible {@code null} while the legal department has not decided
	 * @param responsibilityKind {@code DIRECT}, {@code PRIMARY}, {@code SECONDARY} or {@code LEADERSHIP}
	 *     when responsible
	 * @param outcomeZh what follows for the signer when responsible, e.g. 通报批评
	 * @param decidedByName who decided, once decided: whoever clears or blames a signer answers for that
	 *     ruling in turn, so the signer's record names them
	 * @param note the reason written with the decision (required when the signer was cleared)
	 */
	record Finding(long signatureId, long faultId, String kindZh, String kindEn, LocalDate foundOn, Boolean responsible,
			String responsibilityKind, String outcomeZh, String outcomeEn, String decidedByName,
			String decidedByPoliceNumber, String note) {

		public String kind(Locale locale) {
			return Languages.pick(locale, kindZh, kindEn);
		}

		public String outcome(Locale locale) {
			return Languages.pick(locale, outcomeZh, outcomeEn);
		}

		public boolean decided() {
			return responsible != null;
		}
	}
}
