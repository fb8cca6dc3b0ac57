package org.gongzheng.supervision.fault;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.SignatureFindings;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;

/**
 * A fault finding about one person in one line of the reader's language: the fault, when it was
 * found, and what the legal department ruled, by whom, and why when it cleared them. Supervision
 * decides findings, so it words them: the officer's law-enforcement record uses it on its page
 * ({@code ${@findingWording.describe(x)}}), and the approval module's signing record asks for the
 * line through {@link SignatureFindings#describe}, since nothing may depend on supervision, so both
 * records word one ruling alike.
 */
@Component
class FindingWording {

	private final Messages messages;

	private final Formats formats;

	FindingWording(Messages messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	String describe(SignatureFindings.Finding finding) {
		Locale locale = LocaleContextHolder.getLocale();
		return describe(finding.kind(locale), finding.foundOn(), finding.responsible(), finding.responsibilityKind(),
				finding.outcome(locale), finding.decidedByName(), finding.decidedByPoliceNumber(), finding.note());
	}

	/** The line for one person's finding on their law-enforcement record. */
	public String describe(OfficerRecords.FaultLine line) {
		Locale locale = LocaleContextHolder.getLocale();
		Fault.Decider decider = line.decidedBy();
		return describe(line.kindName(locale), line.foundOn(), line.responsible(), line.responsibilityKind(),
				line.outcomeName(locale), decider == null ? null : decider.name(),
				decider == null ? null : decider.policeNumber(), line.note());
	}

	/**
	 * @param responsible {@code null} while the legal department has not decided
	 * @param note the reason written with the decision, said only for someone cleared: it is
	 *     required there, whereas the responsibility and outcome say why someone was held responsible
	 */
	private String describe(String kind, LocalDate foundOn, Boolean responsible, String responsibilityKind,
			String outcome, String deciderName, String deciderPoliceNumber, String note) {
		String found = formats.date(foundOn);
		if (responsible == null) {
			return messages.get("fault.finding.open", kind, found);
		}
		String decider = decider(deciderName, deciderPoliceNumber);
		if (!responsible) {
			return note == null ? messages.get("fault.finding.cleared", kind, found, decider)
					: messages.get("fault.finding.clearedBecause", kind, found, decider, note);
		}
		return messages.get("fault.finding.responsible", kind, found,
				messages.get("enum.ResponsibilityKind." + responsibilityKind), outcome, decider);
	}

	/** Who decided, named as on paper; a dash where no decider was recorded. */
	private String decider(String name, String policeNumber) {
		if (name == null) {
			return "—";
		}
		return name + messages.get("punct.open") + policeNumber + messages.get("punct.close");
	}
}
