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

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.DecisionKind;

/**
 * A case action waiting for approval, with everything needed to carry it out once the last link
 * signs. The case itself does not change until then.
 */
@Entity
@Table(name = "case_pending_actions")
public class PendingAction {

	public enum Kind {
		TRANSITION, EXTENSION, ARREST_REQUEST, MEASURE_TAKE, MEASURE_END
	}

	public enum Status {
		PENDING, APPLIED, RETURNED, REFUSED, WITHDRAWN
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "approval_action")
	private ApprovalAction approvalAction;

	@Column(name = "request_id")
	private Long requestId;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	private CaseTransition transition;

	private String reason;

	@Column(name = "handler_id")
	private Long handlerId;

	@Column(name = "co_handler_id")
	private Long coHandlerId;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision_kind")
	private DecisionKind decisionKind;

	@Column(name = "effective_at")
	private Instant effectiveAt;

	@Column(name = "deadline_id")
	private Long deadlineId;

	@Column(name = "extension_amount")
	private Integer extensionAmount;

	private Boolean serious;

	@Column(name = "measure_id")
	private Long measureId;

	@Column(name = "party_id")
	private Long partyId;

	@Enumerated(EnumType.STRING)
	@Column(name = "measure_type")
	private MeasureType measureType;

	@Column(name = "requested_by")
	private Long requestedBy;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Version
	private Long version;

	protected PendingAction() {
	}

	private PendingAction(long caseId, Kind kind, ApprovalAction approvalAction, long requestedBy, Instant now) {
		this.caseId = caseId;
		this.kind = kind;
		this.approvalAction = approvalAction;
		this.status = Status.PENDING;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
	}

	static PendingAction transition(long caseId, ApprovalAction action, CaseTransition transition,
			TransitionDetails details, Instant effectiveAt, long requestedBy, Instant now) {
		PendingAction pending = new PendingAction(caseId, Kind.TRANSITION, action, requestedBy, now);
		pending.transition = transition;
		pending.reason = details.reason();
		pending.handlerId = details.handlerId();
		pending.coHandlerId = details.coHandlerId();
		pending.decisionKind = details.decisionKind();
		pending.effectiveAt = effectiveAt;
		return pending;
	}

	static PendingAction extension(long caseId, long deadlineId, int amount, boolean serious, String reason,
			long requestedBy, Instant now) {
		PendingAction pending = new PendingAction(caseId, Kind.EXTENSION, ApprovalAction.DEADLINE_EXTENSION, requestedBy,
				now);
		pending.deadlineId = deadlineId;
		pending.extensionAmount = amount;
		pending.serious = serious;
		pending.reason = reason;
		return pending;
	}

	static PendingAction arrestRequest(long caseId, long measureId, Instant at, long requestedBy, Instant now) {
		PendingAction pending = new PendingAction(caseId, Kind.ARREST_REQUEST, ApprovalAction.ARREST_REQUEST, requestedBy,
				now);
		pending.measureId = measureId;
		pending.effectiveAt = at;
		return pending;
	}

	static PendingAction measureTake(long caseId, MeasureCommand command, Instant startedAt, long requestedBy,
			Instant now) {
		PendingAction pending = new PendingAction(caseId, Kind.MEASURE_TAKE, ApprovalAction.MEASURE_TAKE, requestedBy, now);
		pending.partyId = command.partyId();
		pending.measureType = command.type();
		pending.effectiveAt = startedAt;
		return pending;
	}

	static PendingAction measureEnd(long caseId, long measureId, Instant endedAt, String reason, long requestedBy,
			Instant now) {
		PendingAction pending = new PendingAction(caseId, Kind.MEASURE_END, ApprovalAction.MEASURE_END, requestedBy, now);
		pending.measureId = measureId;
		pending.effectiveAt = endedAt;
		pending.reason = reason;
		return pending;
	}

	void submitted(long requestId) {
		this.requestId = requestId;
	}

	void resolved(Status status, Instant at) {
		this.status = status;
		this.resolvedAt = status == Status.PENDING ? null : at;
	}

	TransitionDetails details() {
		return new TransitionDetails(reason, handlerId, coHandlerId, decisionKind);
	}

	public boolean pending() {
		return status == Status.PENDING;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public Kind getKind() {
		return kind;
	}

	public ApprovalAction getApprovalAction() {
		return approvalAction;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Status getStatus() {
		return status;
	}

	public CaseTransition getTransition() {
		return transition;
	}

	public String getReason() {
		return reason;
	}

	public Instant getEffectiveAt() {
		return effectiveAt;
	}

	public Long getDeadlineId() {
		return deadlineId;
	}

	public Integer getExtensionAmount() {
		return extensionAmount;
	}

	public Boolean getSerious() {
		return serious;
	}

	public Long getMeasureId() {
		return measureId;
	}

	public Long getPartyId() {
		return partyId;
	}

	public MeasureType getMeasureType() {
		return measureType;
	}

	public Long getRequestedBy() {
		return requestedBy;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}
}
