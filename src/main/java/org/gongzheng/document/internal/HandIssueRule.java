package org.gongzheng.document.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.SeizedPropertyFact;
import org.gongzheng.document.DocumentType;
import org.gongzheng.shared.error.InvalidInputException.FieldProblem;
import org.gongzheng.shared.error.Label;

/**
 * When each document issued by hand may be issued, as its case stands. A document is numbered and
 * kept for ever, so one issued out of turn (a non-filing notice on a case being investigated, a
 * receipt for an incident nobody accepted) cannot be taken back: it is refused instead.
 * <p>
 * These rules are kept in code rather than as data because they follow the order of the case's
 * own states ({@link org.gongzheng.casework.CaseTransition}), which is code too: which document
 * belongs to which step does not vary by province. Each refusal's message cites the provision
 * that places the document at that step ({@code document.rule.<TYPE>} in the message bundles).
 */
enum HandIssueRule {

	/**
	 * 受案回执: given to the person who reported once the case is accepted (《公安机关办理行政案件程序规定》第六十一条,
	 * 《公安机关办理刑事案件程序规定》第一百七十一条). Any time after acceptance, since it attests a
	 * step that happened; never before it.
	 */
	ACCEPTANCE_RECEIPT(DocumentType.ACCEPTANCE_RECEIPT, EnumSet.complementOf(EnumSet.of(CaseState.REGISTERED)),
			EnumSet.allOf(CaseType.class), false, true),
	/**
	 * 不予立案通知书: notifies the decision not to file, once that decision was approved
	 * (《公安机关办理刑事案件程序规定》第一百七十八条、第一百七十九条).
	 */
	NON_FILING_NOTICE(DocumentType.NON_FILING_NOTICE, EnumSet.of(CaseState.NOT_FILED), EnumSet.allOf(CaseType.class),
			false, true),
	/**
	 * 行政处罚告知笔录: the party is told the penalty proposed before it is decided (《中华人民共和国行政处罚法》第四十四条),
	 * so only in an administrative case still under investigation: not before the case is filed,
	 * not once decided, and never on a case that ended without a decision.
	 */
	PENALTY_NOTICE_RECORD(DocumentType.PENALTY_NOTICE_RECORD, EnumSet.of(CaseState.INVESTIGATING),
			EnumSet.of(CaseType.ADMINISTRATIVE), false, false),
	/**
	 * 扣押决定书: lists the property seized by name and quantity (《中华人民共和国行政强制法》第二十四条,
	 * 《中华人民共和国刑事诉讼法》第一百四十二条), so the property must be recorded first; and only in
	 * the states in which casework lets property be seized.
	 */
	SEIZURE_DECISION(DocumentType.SEIZURE_DECISION,
			EnumSet.of(CaseState.ACCEPTED, CaseState.FILED, CaseState.INVESTIGATING, CaseState.DECIDED),
			EnumSet.allOf(CaseType.class), true, false);

	/** The field a refusal is reported on: the document type asked for. */
	static final String FIELD = "type";

	private final DocumentType type;

	private final Set<CaseState> states;

	private final Set<CaseType> caseTypes;

	private final boolean needsSeizure;

	private final boolean oncePerCase;

	/**
	 * {@code oncePerCase}: the document tells of one step the case takes once (its acceptance, its
	 * not being filed), so a second one would only repeat or contradict the first; a mistake in it is
	 * corrected, which issues the corrected document. Pre-notices and seizure decisions may be
	 * several: one per party, one per seizure.
	 */
	HandIssueRule(DocumentType type, Set<CaseState> states, Set<CaseType> caseTypes, boolean needsSeizure,
			boolean oncePerCase) {
		this.type = type;
		this.states = states;
		this.caseTypes = caseTypes;
		this.needsSeizure = needsSeizure;
		this.oncePerCase = oncePerCase;
	}

	boolean oncePerCase() {
		return oncePerCase;
	}

	/** The rule of a type issued by hand; empty for types only other modules issue. */
	static Optional<HandIssueRule> of(DocumentType type) {
		for (HandIssueRule rule : values()) {
			if (rule.type == type) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

	/** Whether the rule needs the case's seized property to decide (read only then). */
	boolean needsProperty() {
		return needsSeizure;
	}

	/**
	 * Why the document may not be issued on the case now, naming the case's type or state and the
	 * provision; empty when it may be.
	 */
	Optional<FieldProblem> refusal(CaseFacts facts, List<SeizedPropertyFact> property) {
		String code = "document.rule." + type.name();
		if (!caseTypes.contains(facts.type())) {
			return Optional.of(new FieldProblem(FIELD, code + ".caseType", new Object[] { Label.of(facts.type()) }));
		}
		if (!states.contains(facts.state())) {
			return Optional.of(new FieldProblem(FIELD, code, new Object[] { Label.of(facts.state()) }));
		}
		if (needsSeizure && property.stream().noneMatch(SeizedPropertyFact::seizure)) {
			return Optional.of(new FieldProblem(FIELD, code + ".noProperty", new Object[0]));
		}
		return Optional.empty();
	}
}
