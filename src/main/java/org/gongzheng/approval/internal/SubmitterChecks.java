package org.gongzheng.approval.internal;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * What resubmitting and withdrawing a request both check: that it is the officer's to act on (they
 * handle its case or submitted it), and that the text they must give is there and not too long.
 */
@Component
class SubmitterChecks {

	/** Long enough for any reasoned opinion; a signature is permanent, so nothing is cut. */
	static final int MAX_OPINION = 2000;

	/** A request's summary: what is asked, as the submitter put it. */
	static final int MAX_SUMMARY = 4000;

	private final SigningContexts contexts;

	SubmitterChecks(SigningContexts contexts) {
		this.contexts = contexts;
	}

	/** The request's case file, if the officer handles the case or submitted the request; else refused. */
	ApprovalCaseFiles.CaseFile caseFileIfTheirs(ApprovalRequest request, SignedInOfficer officer, String refusal) {
		ApprovalCaseFiles.CaseFile file = contexts.caseFile(request.getCaseId());
		if (!theirs(request, file, officer.officerId())) {
			throw new ForbiddenException(refusal);
		}
		return file;
	}

	/** Whether the officer handles the request's case or submitted the request. */
	static boolean theirs(ApprovalRequest request, ApprovalCaseFiles.CaseFile file, long officerId) {
		return file.handledBy(officerId) || request.getSubmittedBy() == officerId;
	}

	/** A text the user must give, of at most {@code max} characters, stripped. */
	static String requiredText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw InvalidInputException.of(field, "validation.required");
		}
		if (value.length() > max) {
			throw InvalidInputException.of(field, "approval.tooLong", max);
		}
		InvalidInputException.requireStorable(field, value);
		return value.strip();
	}

	/**
	 * What the next round asks. A summary the system wrote from the proposal itself
	 * ({@link ApprovalRequest#summaryWrittenBySystem}) states what approval will put into effect,
	 * so it is kept: rewriting the text would not change the proposal, and the signers would approve
	 * words that differ from what is then decided. Changing such a proposal means withdrawing the
	 * request and proposing again. A summary in the submitter's own words may be rewritten. Null
	 * keeps the summary as it is.
	 */
	static String nextSummary(ApprovalRequest request, String summary) {
		if (summary == null) {
			return request.getSummary();
		}
		if (request.summaryWrittenBySystem()) {
			if (!summary.replace("\r\n", "\n").strip().equals(request.getSummary())) {
				throw InvalidInputException.of("summary", "approval.resubmit.summaryFixed");
			}
			return request.getSummary();
		}
		return requiredText("summary", summary, MAX_SUMMARY);
	}

	/** A text the user may leave out, of at most {@code max} characters: null when blank, else stripped. */
	static String optionalText(String field, String value, int max) {
		return value == null || value.isBlank() ? null : requiredText(field, value, max);
	}
}
