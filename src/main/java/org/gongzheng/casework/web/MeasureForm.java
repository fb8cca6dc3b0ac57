package org.gongzheng.casework.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.casework.internal.MeasureCommand;
import org.gongzheng.casework.internal.MeasureType;

/** The form behind {@link MeasureCommand}, and behind ending a measure (version, time, reason). */
public class MeasureForm {

	private Long partyId;

	private MeasureType type;

	private boolean detentionMayApply;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime startedAt;

	private Long version;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime endedAt;

	private String reason;

	MeasureCommand toCommand(ZoneId zone) {
		return new MeasureCommand(partyId, type, detentionMayApply,
				startedAt == null ? null : startedAt.atZone(zone).toInstant());
	}

	public Long getPartyId() {
		return partyId;
	}

	public void setPartyId(Long partyId) {
		this.partyId = partyId;
	}

	public MeasureType getType() {
		return type;
	}

	public void setType(MeasureType type) {
		this.type = type;
	}

	public boolean isDetentionMayApply() {
		return detentionMayApply;
	}

	public void setDetentionMayApply(boolean detentionMayApply) {
		this.detentionMayApply = detentionMayApply;
	}

	public LocalDateTime getStartedAt() {
		return startedAt;
	}

	public void setStartedAt(LocalDateTime startedAt) {
		this.startedAt = startedAt;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public LocalDateTime getEndedAt() {
		return endedAt;
	}

	public void setEndedAt(LocalDateTime endedAt) {
		this.endedAt = endedAt;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
