package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalGranted;
import org.gongzheng.approval.ApprovalRefused;
import org.gongzheng.approval.ApprovalResubmitted;
import org.gongzheng.approval.ApprovalReturned;
import org.gongzheng.approval.ApprovalSubmitted;
import org.gongzheng.approval.ApprovalWithdrawn;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.Label;

/**
 * Carries out case actions when their approval is granted, and records returns, refusals and
 * resubmissions on the case's timeline. Runs synchronously in the signing transaction, so the
 * last signature and its effect commit together. Approvals of other modules' subjects on the case
 * (a penalty decision) are recorded on the timeline too, from submission to outcome, so the case's
 * history holds every approval it went through.
 */
@Component
class CaseApprovalOutcomes {

	private final PendingActionRepository pending;

	private final LawCaseRepository cases;

	private final CaseWork work;

	private final Deadlines deadlines;

	private final Measures measures;

	private final CaseDeadlineRepository deadlineRows;

	private final MeasureRepository measureRows;

	private final Timeline timeline;

	private final Clock clock;

	CaseApprovalOutcomes(PendingActionRepository pending, LawCaseRepository cases, CaseWork work, Deadlines deadlines,
			Measures measures, CaseDeadlineRepository deadlineRows, MeasureRepository measureRows, Timeline timeline,
			Clock clock) {
		this.pending = pending;
		this.cases = cases;
		this.work = work;
		this.deadlines = deadlines;
		this.measures = measures;
		this.deadlineRows = deadlineRows;
		this.measureRows = measureRows;
		this.timeline = timeline;
		this.clock = clock;
	}

	/** Case actions record their own submission (with the case still at hand); others are noted here. */
	@EventListener
	void submitted(ApprovalSubmitted event) {
		if (!CaseApprovals.SUBJECT.equals(event.subjectType())) {
			recordOnCase(event.caseId(), event.action(), "APPROVAL_SUBMITTED", event.submittedBy(), event.summary(),
					event.summaryEn());
		}
	}

	@EventListener
	void granted(ApprovalGranted event) {
		if (!CaseApprovals.SUBJECT.equals(event.subjectType())) {
			recordOnCase(event.caseId(), event.action(), "APPROVAL_GRANTED", event.lastSignerId(), null, null);
			return;
		}
		PendingAction action = pending.findById(Long.parseLong(event.subjectId())).orElseThrow();
		// The approval first, then what it did (a transition, and whatever that withdrew), so the
		// timeline reads in the order things happened.
		record(action, "APPROVAL_GRANTED", event.lastSignerId(), null, null);
		switch (action.getKind()) {
			case TRANSITION -> work.applyApproved(action);
			case EXTENSION -> deadlines.applyApprovedExtension(action, event.lastSignerId());
			case ARREST_REQUEST -> measures.applyApprovedArrestRequest(action, event.at());
			case MEASURE_TAKE -> measures.applyApprovedStart(action);
			case MEASURE_END -> measures.applyApprovedEnd(action, event.at());
		}
		action.resolved(PendingAction.Status.APPLIED, event.at());
	}

	@EventListener
	void returned(ApprovalReturned event) {
		resolve(event.caseId(), event.action(), event.subjectType(), event.subjectId(), PendingAction.Status.RETURNED,
				event.at(), "APPROVAL_RETURNED", event.signerId(), event.opinion(), null);
	}

	@EventListener
	void refused(ApprovalRefused event) {
		resolve(event.caseId(), event.action(), event.subjectType(), event.subjectId(), PendingAction.Status.REFUSED,
				event.at(), "APPROVAL_REFUSED", event.signerId(), event.opinion(), null);
	}

	@EventListener
	void withdrawn(ApprovalWithdrawn event) {
		resolve(event.caseId(), event.action(), event.subjectType(), event.subjectId(), PendingAction.Status.WITHDRAWN,
				event.at(), "APPROVAL_WITHDRAWN", event.withdrawnBy(), event.reason(), event.reasonEn());
	}

	/**
	 * A returned or stale action is submitted again only if the case still allows it: the case may
	 * have moved on meanwhile (another decision, the measure ended, the deadline closed), and an
	 * approval granted on what can no longer be done would fail at the last signature, leaving the
	 * request stuck there. Refusing here rolls the resubmission back; withdrawal stays open.
	 */
	@EventListener
	void resubmitted(ApprovalResubmitted event) {
		if (CaseApprovals.SUBJECT.equals(event.subjectType())) {
			stillPossible(pending.findById(Long.parseLong(event.subjectId())).orElseThrow());
		}
		resolve(event.caseId(), event.action(), event.subjectType(), event.subjectId(), PendingAction.Status.PENDING,
				event.at(), "APPROVAL_RESUBMITTED", event.submittedBy(), event.note(), null);
	}

	private void stillPossible(PendingAction action) {
		switch (action.getKind()) {
			case TRANSITION -> {
				LawCase lawCase = cases.findById(action.getCaseId()).orElseThrow();
				if (!action.getTransition().allowedFrom(lawCase.getState())) {
					throw new ConflictException("case.transition.notAllowed", Label.of(action.getTransition()),
							Label.of(lawCase.getState()));
				}
			}
			case EXTENSION -> {
				CaseDeadline deadline = deadlineRows.findByIdAndCaseId(action.getDeadlineId(), action.getCaseId())
					.orElseThrow();
				if (!deadline.open()) {
					throw new ConflictException("deadline.closed");
				}
				if (!Boolean.TRUE.equals(action.getSerious()) && !deadline.allowsExtension(action.getExtensionAmount())) {
					throw new ConflictException("deadline.extension.noLongerAllowed", deadline.remainingExtension());
				}
			}
			case MEASURE_END, ARREST_REQUEST -> {
				CompulsoryMeasure measure = measureRows.findByIdAndCaseId(action.getMeasureId(), action.getCaseId())
					.orElseThrow();
				if (!measure.active()) {
					throw new ConflictException("measure.alreadyEnded");
				}
				if (action.getKind() == PendingAction.Kind.ARREST_REQUEST && measure.getArrestRequestSubmittedAt() != null) {
					throw new ConflictException("measure.arrestRequest.alreadySubmitted");
				}
			}
			case MEASURE_TAKE -> {
				// Nothing the case can have done meanwhile rules a new measure out; a closed case is
				// refused by approval itself.
			}
		}
	}

	/**
	 * Moves a kept case action to {@code status} and records the step on the case's timeline; for
	 * another module's subject, only records the step. {@code noteEn}: the note in English where
	 * the system wrote it, else null (an opinion or reason stays as its author wrote it).
	 */
	private void resolve(long caseId, ApprovalAction approvalAction, String subjectType, String subjectId,
			PendingAction.Status status, Instant at, String eventType, Long actorId, String note, String noteEn) {
		if (CaseApprovals.SUBJECT.equals(subjectType)) {
			PendingAction action = pending.findById(Long.parseLong(subjectId)).orElseThrow();
			action.resolved(status, at);
			record(action, eventType, actorId, note, noteEn);
		}
		else {
			recordOnCase(caseId, approvalAction, eventType, actorId, note, noteEn);
		}
	}

	private void recordOnCase(long caseId, ApprovalAction action, String eventType, Long actorId, String note,
			String noteEn) {
		timeline.record(cases.findById(caseId).orElseThrow(), eventType, actorId, clock.instant(), Label.code(action),
				note, noteEn);
	}

	private void record(PendingAction action, String eventType, Long actorId, String note, String noteEn) {
		recordOnCase(action.getCaseId(), action.getApprovalAction(), eventType, actorId, note, noteEn);
	}
}
