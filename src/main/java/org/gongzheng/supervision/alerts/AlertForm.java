package org.gongzheng.supervision.alerts;

import org.gongzheng.shared.web.KeptFileForm;

/** The fields of the assign, rectify, verify and reopen forms on an alert's page. */
public class AlertForm extends KeptFileForm {

	private Long assigneeId;

	private String explanation;

	private String evidence;

	private String note;

	private String reason;

	private Long version;

	public Long getAssigneeId() {
		return assigneeId;
	}

	public void setAssigneeId(Long assigneeId) {
		this.assigneeId = assigneeId;
	}

	public String getExplanation() {
		return explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
