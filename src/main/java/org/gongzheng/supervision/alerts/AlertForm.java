package org.gongzheng.supervision.alerts;

/** The fields of the assign, rectify, verify and reopen forms on an alert's page. */
public class AlertForm {

	private Long assigneeId;

	private String explanation;

	private String evidence;

	private String note;

	private String reason;

	private Long version;

	private String keptFile;

	private boolean dropKeptFile;

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

	/** The token of an evidence file kept from the last attempt at the rectification form. */
	public String getKeptFile() {
		return keptFile;
	}

	public void setKeptFile(String keptFile) {
		this.keptFile = keptFile;
	}

	/** The officer chose not to use the kept evidence file. */
	public boolean isDropKeptFile() {
		return dropKeptFile;
	}

	public void setDropKeptFile(boolean dropKeptFile) {
		this.dropKeptFile = dropKeptFile;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
