package org.gongzheng.traffic.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.traffic.internal.ClipCommand;

/** The form to register one clip read off a camera dock; times are local to the officer's zone. */
public class ClipForm {

	private String deviceCode;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime recordedFrom;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime recordedTo;

	private String note;

	ClipCommand toCommand(ZoneId zone) {
		return new ClipCommand(deviceCode, recordedFrom == null ? null : recordedFrom.atZone(zone).toInstant(),
				recordedTo == null ? null : recordedTo.atZone(zone).toInstant(), null, note);
	}

	public String getDeviceCode() {
		return deviceCode;
	}

	public void setDeviceCode(String deviceCode) {
		this.deviceCode = deviceCode;
	}

	public LocalDateTime getRecordedFrom() {
		return recordedFrom;
	}

	public void setRecordedFrom(LocalDateTime recordedFrom) {
		this.recordedFrom = recordedFrom;
	}

	public LocalDateTime getRecordedTo() {
		return recordedTo;
	}

	public void setRecordedTo(LocalDateTime recordedTo) {
		this.recordedTo = recordedTo;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
