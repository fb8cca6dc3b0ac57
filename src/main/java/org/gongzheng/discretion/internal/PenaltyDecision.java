package org.gongzheng.discretion.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.OffenderKind;
import org.gongzheng.discretion.PenaltyComponents;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.Label;

/**
 * An ordinary-procedure penalty decision on one party of a case: what was proposed, the standard
 * version it was measured against, whether (and why) it leaves the standard's range, the approval
 * request it went through and, once issued, its document.
 */
@Entity
@Table(name = "penalty_decisions")
public class PenaltyDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "case_number")
	private String caseNumber;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "unit_path")
	private String unitPath;

	@Column(name = "party_id")
	private Long partyId;

	@Column(name = "party_name")
	private String partyName;

	@Enumerated(EnumType.STRING)
	@Column(name = "offender_kind")
	private OffenderKind offenderKind;

	@Column(name = "violation_id")
	private Long violationId;

	@Column(name = "violation_code")
	private String violationCode;

	@Column(name = "standard_id")
	private Long standardId;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private String circumstances;

	private String facts;

	private boolean warning;

	@Column(name = "fine_fen")
	private Long fineFen;

	@Column(name = "detention_days")
	private Integer detentionDays;

	private int points;

	@Enumerated(EnumType.STRING)
	@Column(name = "licence_action")
	private LicenceAction licenceAction;

	@Column(name = "licence_months")
	private Integer licenceMonths;

	@Column(name = "vehicle_seizure")
	private boolean vehicleSeizure;

	@Column(name = "out_of_range")
	private boolean outOfRange;

	@Column(name = "deviation_reason")
	private String deviationReason;

	@Column(name = "omission_reason")
	private String omissionReason;

	@Column(name = "hearing_notice_given")
	private boolean hearingNoticeGiven;

	@Column(name = "legal_review_required")
	private boolean legalReviewRequired;

	@Column(name = "review_reasons")
	private String reviewReasons;

	@Enumerated(EnumType.STRING)
	private PenaltyStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "approval_action")
	private ApprovalAction approvalAction;

	@Column(name = "approval_request_id")
	private Long approvalRequestId;

	@Column(name = "proposed_by")
	private Long proposedBy;

	@Column(name = "proposed_at")
	private Instant proposedAt;

	@Column(name = "reviewed_by")
	private Long reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "review_opinion")
	private String reviewOpinion;

	@Column(name = "document_id")
	private Long documentId;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Version
	private Long version;

	protected PenaltyDecision() {
	}

	PenaltyDecision(long caseId, String caseNumber, long unitId, String unitPath, long partyId, String partyName,
			OffenderKind offenderKind, long violationId, String violationCode, long standardId, Grade grade,
			Set<String> circumstances, String facts, PenaltyComponents components, boolean outOfRange,
			String deviationReason, String omissionReason, boolean hearingNoticeGiven, List<String> reviewRules,
			long proposedBy, Instant proposedAt) {
		this.caseId = caseId;
		this.caseNumber = caseNumber;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.partyId = partyId;
		this.partyName = partyName;
		this.offenderKind = offenderKind;
		this.violationId = violationId;
		this.violationCode = violationCode;
		this.standardId = standardId;
		this.grade = grade;
		this.circumstances = String.join(",", circumstances);
		this.facts = facts;
		this.warning = components.warning();
		this.fineFen = components.fineFen();
		this.detentionDays = components.detentionDays();
		this.points = components.points();
		this.licenceAction = components.licenceAction();
		this.licenceMonths = components.licenceMonths();
		this.vehicleSeizure = components.vehicleSeizure();
		this.outOfRange = outOfRange;
		this.deviationReason = deviationReason;
		this.omissionReason = omissionReason;
		this.hearingNoticeGiven = hearingNoticeGiven;
		this.legalReviewRequired = !reviewRules.isEmpty();
		this.reviewReasons = String.join(",", reviewRules);
		this.status = PenaltyStatus.PROPOSED;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
	}

	/** Submitted for approval under {@code action}; it waits for the request's outcome. */
	void submitted(ApprovalAction action, long requestId) {
		requireStatus(PenaltyStatus.PROPOSED);
		this.approvalAction = action;
		this.approvalRequestId = requestId;
		this.status = PenaltyStatus.PENDING_APPROVAL;
	}

	/** The last link of its approval signed (recorded before the document is issued). */
	void approved(long lastSignerId, Instant at) {
		requireStatus(PenaltyStatus.PENDING_APPROVAL);
		this.reviewedBy = lastSignerId;
		this.reviewedAt = at;
	}

	/** A signer returned or refused it, with their opinion; the handler may propose again. */
	void rejected(boolean refused, long signerId, String opinion, Instant at) {
		requireStatus(PenaltyStatus.PENDING_APPROVAL);
		this.reviewedBy = signerId;
		this.reviewedAt = at;
		this.reviewOpinion = opinion;
		this.status = refused ? PenaltyStatus.REFUSED : PenaltyStatus.RETURNED;
	}

	/**
	 * Its request was withdrawn instead of submitted again: after a return, or while pending (on a
	 * case that changed after submission, or before anyone signed it).
	 */
	void withdrawn() {
		requireStatus(PenaltyStatus.RETURNED, PenaltyStatus.PENDING_APPROVAL);
		this.status = PenaltyStatus.WITHDRAWN;
	}

	/**
	 * Its request was submitted again through the approval pages: corrected after a return, or
	 * restarted because the case changed while it was pending.
	 */
	void resubmitted() {
		requireStatus(PenaltyStatus.RETURNED, PenaltyStatus.PENDING_APPROVAL);
		this.status = PenaltyStatus.PENDING_APPROVAL;
		this.reviewOpinion = null;
	}

	/** Issued in the name of its authority, directly or once approved. */
	void issued(long documentId, String documentNumber, Instant at) {
		if (status != PenaltyStatus.PROPOSED && status != PenaltyStatus.PENDING_APPROVAL) {
			throw new ConflictException("penalty.status.notAllowed", Label.of(status));
		}
		this.status = PenaltyStatus.ISSUED;
		this.documentId = documentId;
		this.documentNumber = documentNumber;
		this.issuedAt = at;
	}

	private void requireStatus(PenaltyStatus... allowed) {
		if (!java.util.Arrays.asList(allowed).contains(status)) {
			throw new ConflictException("penalty.status.notAllowed", Label.of(status));
		}
	}

	public PenaltyComponents components() {
		return new PenaltyComponents(warning, fineFen, detentionDays, points, licenceAction, licenceMonths,
				vehicleSeizure);
	}

	public Set<String> circumstanceCodes() {
		return circumstances == null || circumstances.isBlank() ? Set.of()
				: new LinkedHashSet<>(Arrays.asList(circumstances.split(",")));
	}

	public List<String> reviewRuleCodes() {
		return reviewReasons == null || reviewReasons.isBlank() ? List.of() : Arrays.asList(reviewReasons.split(","));
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public Long getPartyId() {
		return partyId;
	}

	public String getPartyName() {
		return partyName;
	}

	public OffenderKind getOffenderKind() {
		return offenderKind;
	}

	public Long getViolationId() {
		return violationId;
	}

	public String getViolationCode() {
		return violationCode;
	}

	public Long getStandardId() {
		return standardId;
	}

	public Grade getGrade() {
		return grade;
	}

	public String getFacts() {
		return facts;
	}

	public boolean isWarning() {
		return warning;
	}

	public Long getFineFen() {
		return fineFen;
	}

	public Integer getDetentionDays() {
		return detentionDays;
	}

	public int getPoints() {
		return points;
	}

	public LicenceAction getLicenceAction() {
		return licenceAction;
	}

	public Integer getLicenceMonths() {
		return licenceMonths;
	}

	public boolean isVehicleSeizure() {
		return vehicleSeizure;
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

	public boolean isHearingNoticeGiven() {
		return hearingNoticeGiven;
	}

	public boolean isLegalReviewRequired() {
		return legalReviewRequired;
	}

	public PenaltyStatus getStatus() {
		return status;
	}

	public Long getProposedBy() {
		return proposedBy;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public ApprovalAction getApprovalAction() {
		return approvalAction;
	}

	public Long getApprovalRequestId() {
		return approvalRequestId;
	}

	public Long getReviewedBy() {
		return reviewedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public String getReviewOpinion() {
		return reviewOpinion;
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

	public Long getVersion() {
		return version;
	}
}
