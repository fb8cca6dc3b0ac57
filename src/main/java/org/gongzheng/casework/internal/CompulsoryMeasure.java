package org.gongzheng.casework.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongzheng.shared.error.ConflictException;

/** A summons or compulsory measure applied to a party, with the deadlines it starts. */
@Entity
@Table(name = "compulsory_measures")
public class CompulsoryMeasure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "party_id")
	private Long partyId;

	@Enumerated(EnumType.STRING)
	@Column(name = "measure_type")
	private MeasureType type;

	@Column(name = "detention_may_apply")
	private boolean detentionMayApply;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "end_reason")
	private String endReason;

	@Column(name = "arrest_request_submitted_at")
	private Instant arrestRequestSubmittedAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private Long version;

	protected CompulsoryMeasure() {
	}

	CompulsoryMeasure(long caseId, long partyId, MeasureType type, boolean detentionMayApply, Instant startedAt,
			long createdBy, Instant now) {
		this.caseId = caseId;
		this.partyId = partyId;
		this.type = type;
		this.detentionMayApply = detentionMayApply;
		this.startedAt = startedAt;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void end(Instant at, String reason) {
		if (endedAt != null) {
			throw new ConflictException("measure.alreadyEnded");
		}
		this.endedAt = at;
		this.endReason = reason;
	}

	void arrestRequestSubmitted(Instant at) {
		if (type != MeasureType.CRIMINAL_DETENTION) {
			throw new ConflictException("measure.arrestRequest.notDetention");
		}
		if (arrestRequestSubmittedAt != null) {
			throw new ConflictException("measure.arrestRequest.alreadySubmitted");
		}
		this.arrestRequestSubmittedAt = at;
	}

	public boolean active() {
		return endedAt == null;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public Long getPartyId() {
		return partyId;
	}

	public MeasureType getType() {
		return type;
	}

	public boolean isDetentionMayApply() {
		return detentionMayApply;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public String getEndReason() {
		return endReason;
	}

	public Instant getArrestRequestSubmittedAt() {
		return arrestRequestSubmittedAt;
	}

	public Long getVersion() {
		return version;
	}
}
