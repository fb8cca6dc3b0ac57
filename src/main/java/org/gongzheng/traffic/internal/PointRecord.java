package org.gongzheng.traffic.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Points recorded against a licence by a decision. Only ever inserted. */
@Entity
@Table(name = "point_records")
public class PointRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "licence_number")
	private String licenceNumber;

	@Column(name = "decision_id")
	private Long decisionId;

	@Column(name = "violation_code")
	private String violationCode;

	private int points;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected PointRecord() {
	}

	PointRecord(String licenceNumber, long decisionId, String violationCode, int points, Instant occurredAt,
			Instant recordedAt) {
		this.licenceNumber = licenceNumber;
		this.decisionId = decisionId;
		this.violationCode = violationCode;
		this.points = points;
		this.occurredAt = occurredAt;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public String getLicenceNumber() {
		return licenceNumber;
	}

	public Long getDecisionId() {
		return decisionId;
	}

	public String getViolationCode() {
		return violationCode;
	}

	public int getPoints() {
		return points;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}
}
