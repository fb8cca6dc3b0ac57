package org.gongzheng.document;

import java.util.List;

/**
 * The legal documents the system issues. Types that share a {@code series} share one number
 * sequence (a simple- and an ordinary-procedure penalty decision are both 行罚决字). A type
 * without a series is not numbered (the pre-notice record is a 笔录, not a 文书 with a number).
 *
 * @param inputs the fields a person fills in when issuing the type by hand; empty for types only
 * other modules issue
 */
public enum DocumentType {

	PENALTY_DECISION_SIMPLE("PENALTY_DECISION", "行罚决字", "行政处罚决定书（简易程序）", false, List.of()),
	PENALTY_DECISION_ORDINARY("PENALTY_DECISION", "行罚决字", "行政处罚决定书", true, List.of()),
	ACCEPTANCE_RECEIPT("ACCEPTANCE", "受案字", "受案回执", true, List.of("recipient", "note")),
	NON_FILING_NOTICE("NON_FILING", "不立字", "不予立案通知书", true, List.of("recipient", "reason", "basis")),
	PENALTY_NOTICE_RECORD(null, null, "行政处罚告知笔录", true,
			List.of("recipient", "facts", "proposedPenalty", "basis", "hearingRights", "statement")),
	SEIZURE_DECISION("SEIZURE", "扣字", "扣押决定书", true, List.of("recipient", "items", "basis", "custodyPlace"));

	private final String series;

	private final String word;

	private final String title;

	private final boolean caseBased;

	private final List<String> inputs;

	DocumentType(String series, String word, String title, boolean caseBased, List<String> inputs) {
		this.series = series;
		this.word = word;
		this.title = title;
		this.caseBased = caseBased;
		this.inputs = inputs;
	}

	public String series() {
		return series;
	}

	/** The word of the number, e.g. 行罚决字. */
	public String word() {
		return word;
	}

	public String title() {
		return title;
	}

	public boolean numbered() {
		return series != null;
	}

	public boolean caseBased() {
		return caseBased;
	}

	public List<String> inputs() {
		return inputs;
	}

	/** Whether officers issue it by hand from a case (others are issued by the deciding module). */
	public boolean manual() {
		return !inputs.isEmpty();
	}
}
