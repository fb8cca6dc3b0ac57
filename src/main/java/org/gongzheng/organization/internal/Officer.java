package org.gongzheng.organization.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongzheng.organization.QualificationLevel;

@Entity
@Table(name = "officers")
public class Officer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "police_number")
	private String policeNumber;

	private String name;

	@Column(name = "unit_id")
	private Long unitId;

	private String post;

	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(name = "qualification_level")
	private QualificationLevel qualificationLevel;

	@Column(name = "qualification_valid_from")
	private LocalDate qualificationValidFrom;

	@Column(name = "qualification_valid_until")
	private LocalDate qualificationValidUntil;

	@Column(name = "approval_rights_suspended")
	private boolean approvalRightsSuspended;

	private boolean active;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private Long version;

	protected Officer() {
	}

	Officer(String policeNumber, String name, long unitId, String post, String phone, Instant now) {
		this.policeNumber = policeNumber;
		this.name = name;
		this.unitId = unitId;
		this.post = post;
		this.phone = phone;
		this.active = true;
		this.createdAt = now;
	}

	void update(String name, long unitId, String post, String phone, boolean active) {
		this.name = name;
		this.unitId = unitId;
		this.post = post;
		this.phone = phone;
		this.active = active;
	}

	void qualify(QualificationLevel level, LocalDate validFrom, LocalDate validUntil) {
		this.qualificationLevel = level;
		this.qualificationValidFrom = level == null ? null : validFrom;
		this.qualificationValidUntil = level == null ? null : validUntil;
	}

	void setApprovalRightsSuspended(boolean suspended) {
		this.approvalRightsSuspended = suspended;
	}

	public Long getId() {
		return id;
	}

	public String getPoliceNumber() {
		return policeNumber;
	}

	public String getName() {
		return name;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getPost() {
		return post;
	}

	public String getPhone() {
		return phone;
	}

	public QualificationLevel getQualificationLevel() {
		return qualificationLevel;
	}

	public LocalDate getQualificationValidFrom() {
		return qualificationValidFrom;
	}

	public LocalDate getQualificationValidUntil() {
		return qualificationValidUntil;
	}

	public boolean isApprovalRightsSuspended() {
		return approvalRightsSuspended;
	}

	public boolean isActive() {
		return active;
	}

	public Long getVersion() {
		return version;
	}
}
