package org.gongzheng.casework.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalSubmission;
import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.db.CaseLocks;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.web.Messages;

/**
 * Decides which case actions need approval and submits them. Whether an action needs approval is
 * data: it does when a chain for it is in force.
 */
@Component
class CaseApprovals {

	static final String SUBJECT = "CASE_ACTION";

	private final Approvals approvals;

	private final PendingActionRepository pending;

	private final Timeline timeline;

	private final CaseDeadlineRepository deadlines;

	private final MeasureRepository measures;

	private final Messages messages;

	private final Clock clock;

	private final CaseLocks caseLocks;

	CaseApprovals(CaseLocks caseLocks, Approvals approvals, PendingActionRepository pending, Timeline timeline,
			CaseDeadlineRepository deadlines, MeasureRepository measures, Messages messages, Clock clock) {
		this.caseLocks = caseLocks;
		this.approvals = approvals;
		this.pending = pending;
		this.timeline = timeline;
		this.deadlines = deadlines;
		this.measures = measures;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Takes the case's lock before a change to it that may withdraw its requests (a transition, a
	 * measure ending, an arrest request sent), so it is taken before any row's, as signing does.
	 */
	void lockBeforeChange(LawCase lawCase) {
		caseLocks.lock(lawCase.getId());
	}

	/**
	 * A case that has ended takes no further action, so whatever is still open on it (a penalty
	 * proposal, an extension, a measure, a returned request) is withdrawn with it rather than left
	 * for the handler to clear, and its leaders' overdue lists no longer show reviews nobody can
	 * sign. The reason is written in both languages, as the system writes a penalty summary.
	 */
	void withdrawOpenOnEnded(LawCase lawCase, long actorId) {
		approvals.withdrawOpenOnEndedCase(lawCase.getId(), reason(Locale.SIMPLIFIED_CHINESE, "approval.withdrawnWithCase", lawCase),
				reason(Locale.ENGLISH, "approval.withdrawnWithCase", lawCase), actorId);
	}

	/**
	 * After a change to the case, the open requests it can no longer act on are withdrawn: a
	 * transition it can no longer take (to decline filing a case that has just been filed, say), an
	 * extension of a deadline that has closed (the handling period, met by the decision), ending a
	 * measure or sending its arrest request once the measure has ended. Resubmitting them would be
	 * refused, and leaving them would keep a request in the handler's lists that can only be
	 * withdrawn. {@code appliedActionId}: the action being carried out, if any, which is not moot.
	 */
	void withdrawMoot(LawCase lawCase, long actorId, Long appliedActionId) {
		for (PendingAction action : openActions(lawCase.getId())) {
			if (action.getId().equals(appliedActionId) || action.getRequestId() == null) {
				continue;
			}
			mootReason(action, lawCase).ifPresent(code -> approvals.withdrawMoot(action.getRequestId(),
					reason(Locale.SIMPLIFIED_CHINESE, code, lawCase), reason(Locale.ENGLISH, code, lawCase), actorId));
		}
	}

	/** The message code saying why the action can no longer be taken; empty while it still can. */
	private Optional<String> mootReason(PendingAction action, LawCase lawCase) {
		return switch (action.getKind()) {
			case TRANSITION -> action.getTransition().allowedFrom(lawCase.getState()) ? Optional.empty()
					: Optional.of("approval.withdrawnMoot");
			case EXTENSION -> deadlines.findByIdAndCaseId(action.getDeadlineId(), lawCase.getId())
				.filter(CaseDeadline::open)
				.isPresent() ? Optional.empty() : Optional.of("approval.withdrawnDeadlineClosed");
			case MEASURE_END, ARREST_REQUEST -> measures.findByIdAndCaseId(action.getMeasureId(), lawCase.getId())
				.filter(CompulsoryMeasure::active)
				.isPresent() ? Optional.empty() : Optional.of("approval.withdrawnMeasureEnded");
			case MEASURE_TAKE -> Optional.empty();
		};
	}

	/** A reason the system writes, in one language, naming the state the case is now in where it says. */
	private String reason(Locale locale, String code, LawCase lawCase) {
		return messages.get(locale, code, messages.get(locale, Label.code(lawCase.getState())));
	}

	/** The approval an action on this case needs now, if any: a chain in force for the case's bureau. */
	Optional<ApprovalAction> needed(ApprovalAction action, LawCase lawCase) {
		return approvals.required(action, lawCase.getUnitPath()) ? Optional.of(action) : Optional.empty();
	}

	Optional<ApprovalAction> neededFor(CaseTransition transition, LawCase lawCase) {
		CaseType type = lawCase.getType();
		ApprovalAction action = switch (transition) {
			case FILE -> ApprovalAction.FILING;
			case DECLINE_FILING -> ApprovalAction.NON_FILING;
			case REVOKE -> ApprovalAction.REVOCATION;
			case CLOSE -> ApprovalAction.CLOSING;
			case DECIDE -> type == CaseType.CRIMINAL ? ApprovalAction.TRANSFER_FOR_PROSECUTION
					: ApprovalAction.PENALTY_ORDINARY;
			case ACCEPT, START_INVESTIGATION -> null;
		};
		return action == null ? Optional.empty() : needed(action, lawCase);
	}

	/** Keeps the action and opens its approval request, pinned to the case as it is now. */
	Approvals.RequestSummary submit(LawCase lawCase, PendingAction action, String summary, SignedInOfficer officer) {
		return submit(lawCase, action, summary, null, officer);
	}

	/** As above, with what is asked also in English where the system wrote it. */
	Approvals.RequestSummary submit(LawCase lawCase, PendingAction action, String summary, String summaryEn,
			SignedInOfficer officer) {
		boolean duplicate = openActions(lawCase.getId()).stream()
			.anyMatch(p -> p.getApprovalAction() == action.getApprovalAction() && p.getKind() == action.getKind()
					&& java.util.Objects.equals(p.getMeasureId(), action.getMeasureId())
					&& java.util.Objects.equals(p.getDeadlineId(), action.getDeadlineId()));
		if (duplicate) {
			throw new ConflictException("approval.alreadyPending", Label.of(action.getApprovalAction()));
		}
		pending.save(action);
		// Pin the version the case will have on commit: earlier changes in this transaction count.
		pending.flush();
		Approvals.RequestSummary request = approvals.submit(new ApprovalSubmission(action.getApprovalAction(),
				lawCase.getId(), lawCase.getVersion(), SUBJECT, action.getId().toString(), summary, summaryEn, null), officer);
		action.submitted(request.id());
		timeline.record(lawCase, "APPROVAL_SUBMITTED", officer.officerId(), clock.instant(),
				Label.code(action.getApprovalAction()), summary, summaryEn);
		return request;
	}

	/** Actions submitted and not yet approved or refused (returned ones wait for resubmission). */
	List<PendingAction> openActions(long caseId) {
		return pending.findOpenByCaseId(caseId);
	}
}
