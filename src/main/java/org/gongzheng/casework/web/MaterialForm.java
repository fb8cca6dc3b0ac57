package org.gongzheng.casework.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.shared.web.KeptFileForm;

/** The form behind {@link MaterialCommand}, with the optional upload. */
public class MaterialForm extends KeptFileForm {

	private MaterialType type = MaterialType.INQUIRY_RECORD;

	private String title;

	private String body;

	private String place;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime recordedFrom;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime recordedTo;

	private Long subjectPartyId;

	private String deviceCode;

	private MultipartFile file;

	MaterialCommand toCommand(ZoneId zone) {
		return new MaterialCommand(type, title, body, place,
				recordedFrom == null ? null : recordedFrom.atZone(zone).toInstant(),
				recordedTo == null ? null : recordedTo.atZone(zone).toInstant(), subjectPartyId, deviceCode);
	}

	boolean hasFile() {
		return file != null && !file.isEmpty();
	}

	public MaterialType getType() {
		return type;
	}

	public void setType(MaterialType type) {
		this.type = type;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
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

	public Long getSubjectPartyId() {
		return subjectPartyId;
	}

	public void setSubjectPartyId(Long subjectPartyId) {
		this.subjectPartyId = subjectPartyId;
	}

	public String getDeviceCode() {
		return deviceCode;
	}

	public void setDeviceCode(String deviceCode) {
		this.deviceCode = deviceCode;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}
}
