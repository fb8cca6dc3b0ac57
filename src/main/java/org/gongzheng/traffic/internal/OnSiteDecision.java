package org.gongzheng.traffic.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gongzheng.discretion.Grade;

/**
 * An on-site (simple procedure) traffic decision. Written once, in the transaction that issues its
 * document; the document number is filled in there, after the row exists to be referenced.
 */
@Entity
@Table(name = "onsite_decisions")
public class OnSiteDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "unit_path")
	private String unitPath;

	@Column(name = "officer_id")
	private Long officerId;

	@Column(name = "driver_name")
	private String driverName;

	@Column(name = "licence_number")
	private String licenceNumber;

	@Column(name = "plate_number")
	private String plateNumber;

	@Column(name = "plate_type")
	private String plateType;

	@Column(name = "violation_id")
	private Long violationId;

	@Column(name = "violation_code")
	private String violationCode;

	private String place;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Column(name = "bodycam_clip")
	private String bodycamClip;

	@Column(name = "standard_id")
	private Long standardId;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private String circumstances;

	private boolean warning;

	@Column(name = "fine_fen")
	private Long fineFen;

	private int points;

	@Column(name = "out_of_range")
	private boolean outOfRange;

	@Column(name = "deviation_reason")
	private String deviationReason;

	@Column(name = "omission_reason")
	private String omissionReason;

	@Column(name = "document_id")
	private Long documentId;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "issued_at")
	private Instant issuedAt;

	protected OnSiteDecision() {
	}

	OnSiteDecision(long unitId, String unitPath, long officerId, String driverName, String licenceNumber,
			String plateNumber, PlateType plateType, long violationId, String violationCode, String place,
			Instant occurredAt, String bodycamClip, long standardId, Grade grade, Set<String> circumstances,
			boolean warning, Long fineFen, int points, boolean outOfRange, String deviationReason, String omissionReason,
			Instant issuedAt) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.officerId = officerId;
		this.driverName = driverName;
		this.licenceNumber = licenceNumber;
		this.plateNumber = plateNumber;
		this.plateType = plateType.code();
		this.violationId = violationId;
		this.violationCode = violationCode;
		this.place = place;
		this.occurredAt = occurredAt;
		this.bodycamClip = bodycamClip;
		this.standardId = standardId;
		this.grade = grade;
		this.circumstances = String.join(",", circumstances);
		this.warning = warning;
		this.fineFen = fineFen;
		this.points = points;
		this.outOfRange = outOfRange;
		this.deviationReason = deviationReason;
		this.omissionReason = omissionReason;
		this.issuedAt = issuedAt;
	}

	void documented(long documentId, String documentNumber) {
		if (this.documentId != null) {
			throw new IllegalStateException("The decision already has its document");
		}
		this.documentId = documentId;
		this.documentNumber = documentNumber;
	}

	public PlateType plateTypeEnum() {
		return Arrays.stream(PlateType.values()).filter(t -> t.code().equals(plateType)).findFirst().orElseThrow();
	}

	public Set<String> circumstanceCodes() {
		return circumstances == null || circumstances.isBlank() ? Set.of()
				: new LinkedHashSet<>(Arrays.asList(circumstances.split(",")));
	}

	public Long getId() {
		return id;
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

	public String getDriverName() {
		return driverName;
	}

	public String getLicenceNumber() {
		return licenceNumber;
	}

	public String getPlateNumber() {
		return plateNumber;
	}

	public String getPlateType() {
		return plateType;
	}

	public Long getViolationId() {
		return violationId;
	}

	public String getViolationCode() {
		return violationCode;
	}

	public String getPlace() {
		return place;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getBodycamClip() {
		return bodycamClip;
	}

	public Long getStandardId() {
		return standardId;
	}

	public Grade getGrade() {
		return grade;
	}

	public boolean isWarning() {
		return warning;
	}

	public Long getFineFen() {
		return fineFen;
	}

	public int getPoints() {
		return points;
	}

	public boolean isOutOfRange() {
		return outOfRange;
	}

	public String getDeviationReason() {
		return deviationReason;
	}

	public String getOmissionReason() {
		return omissionReason;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}
}
