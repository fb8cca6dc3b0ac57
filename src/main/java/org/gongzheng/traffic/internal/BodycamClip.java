package org.gongzheng.traffic.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A body-worn camera clip imported from a camera dock (执法记录仪采集站), registered without a case
 * so that on-site decisions, which have none, can be matched to it. Written once.
 */
@Entity
@Table(name = "bodycam_clips")
public class BodycamClip {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "device_code")
	private String deviceCode;

	@Column(name = "recorded_from")
	private Instant recordedFrom;

	@Column(name = "recorded_to")
	private Instant recordedTo;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "unit_path")
	private String unitPath;

	@Column(name = "officer_id")
	private Long officerId;

	@Column(name = "registered_by")
	private Long registeredBy;

	@Column(name = "registered_at")
	private Instant registeredAt;

	private String note;

	protected BodycamClip() {
	}

	BodycamClip(String deviceCode, Instant recordedFrom, Instant recordedTo, long unitId, String unitPath,
			Long officerId, long registeredBy, Instant registeredAt, String note) {
		this.deviceCode = deviceCode;
		this.recordedFrom = recordedFrom;
		this.recordedTo = recordedTo;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.officerId = officerId;
		this.registeredBy = registeredBy;
		this.registeredAt = registeredAt;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public String getDeviceCode() {
		return deviceCode;
	}

	public Instant getRecordedFrom() {
		return recordedFrom;
	}

	public Instant getRecordedTo() {
		return recordedTo;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public Long getOfficerId() {
		return officerId;
	}

	public Long getRegisteredBy() {
		return registeredBy;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public String getNote() {
		return note;
	}
}
