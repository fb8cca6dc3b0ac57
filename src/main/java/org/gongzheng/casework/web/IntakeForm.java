package org.gongzheng.casework.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.ReportSource;

/**
 * The intake (接报) form; times are entered in the user's zone. Its rules are those of
 * {@link IntakeCommand}, checked on the command it becomes.
 */
public class IntakeForm {

	/** Given with the empty form and sent back with it, so that sending it twice registers one case. */
	private String formKey = UUID.randomUUID().toString();

	private CaseType type = CaseType.ADMINISTRATIVE;

	private String title;

	private String summary;

	private ReportSource reportSource = ReportSource.CALL_110;

	private String reporterName;

	private String reporterPhone;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime occurredAt;

	private String occurredPlace;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime reportedAt;

	private Long handlerId;

	/** The handler typed by police number or name, where the user's scope is too large to list. */
	private String handler;

	IntakeCommand toCommand(ZoneId zone) {
		return new IntakeCommand(type, title, summary, reportSource, reporterName, reporterPhone,
				occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), occurredPlace,
				reportedAt == null ? null : reportedAt.atZone(zone).toInstant(), handlerId);
	}

	public CaseType getType() {
		return type;
	}

	public void setType(CaseType type) {
		this.type = type;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public ReportSource getReportSource() {
		return reportSource;
	}

	public void setReportSource(ReportSource reportSource) {
		this.reportSource = reportSource;
	}

	public String getReporterName() {
		return reporterName;
	}

	public void setReporterName(String reporterName) {
		this.reporterName = reporterName;
	}

	public String getReporterPhone() {
		return reporterPhone;
	}

	public void setReporterPhone(String reporterPhone) {
		this.reporterPhone = reporterPhone;
	}

	public LocalDateTime getOccurredAt() {
		return occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public String getOccurredPlace() {
		return occurredPlace;
	}

	public void setOccurredPlace(String occurredPlace) {
		this.occurredPlace = occurredPlace;
	}

	public LocalDateTime getReportedAt() {
		return reportedAt;
	}

	public void setReportedAt(LocalDateTime reportedAt) {
		this.reportedAt = reportedAt;
	}

	public Long getHandlerId() {
		return handlerId;
	}

	public void setHandlerId(Long handlerId) {
		this.handlerId = handlerId;
	}

	public String getHandler() {
		return handler;
	}

	public void setHandler(String handler) {
		this.handler = handler;
	}

	public String getFormKey() {
		return formKey;
	}

	public void setFormKey(String formKey) {
		this.formKey = formKey;
	}
}
