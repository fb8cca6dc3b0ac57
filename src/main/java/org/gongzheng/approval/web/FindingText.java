package org.gongzheng.approval.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.SignatureFindings;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;

/**
 * A fault finding against a signature in one line of the reader's language, the same on the page
 * ({@code ${@findingText.describe(f)}}) and in the exported workbook.
 */
@Component("findingText")
class FindingText {

	private final Messages messages;

	private final Formats formats;

	FindingText(Messages messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	public String describe(SignatureFindings.Finding finding) {
		Locale locale = LocaleContextHolder.getLocale();
		String kind = finding.kind(locale);
		String found = formats.date(finding.foundOn());
		if (!finding.decided()) {
			return messages.get("approval.finding.open", kind, found);
		}
		String decider = decider(finding);
		if (!finding.responsible()) {
			return finding.note() == null ? messages.get("approval.finding.cleared", kind, found, decider)
					: messages.get("approval.finding.clearedBecause", kind, found, decider, finding.note());
		}
		return messages.get("approval.finding.responsible", kind, found,
				messages.get("enum.ResponsibilityKind." + finding.responsibilityKind()), finding.outcome(locale), decider);
	}

	/** Who decided, named as on paper; a dash where no decider was recorded. */
	private String decider(SignatureFindings.Finding finding) {
		if (finding.decidedByName() == null) {
			return "—";
		}
		return finding.decidedByName() + messages.get("punct.open") + finding.decidedByPoliceNumber()
				+ messages.get("punct.close");
	}

	public String describeAll(List<SignatureFindings.Finding> findings) {
		return findings == null ? "" : findings.stream().map(this::describe).collect(Collectors.joining("\n"));
	}
}
