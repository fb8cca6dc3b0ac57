package org.gongzheng.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalGranted;
import org.gongzheng.casework.CaseTransitioned;
import org.gongzheng.discretion.PenaltyDecisionIssued;
import org.gongzheng.traffic.OnSiteDecisionIssued;

/**
 * Runs the rules over the one case (or on-site decision) an event concerns, right after the
 * change committed, so the desk does not wait for the next scheduled run. A failure here must
 * never reach the officer who made the change: the scheduled run catches up. With
 * {@code gongzheng.supervision.on-events=false} the listeners are not registered at all, so no event
 * publication is stored for them either.
 */
@Component
@ConditionalOnBooleanProperty(name = "gongzheng.supervision.on-events", matchIfMissing = true)
class SupervisionTriggers {

	private static final Logger log = LoggerFactory.getLogger(SupervisionTriggers.class);

	private final SupervisionEngine engine;

	SupervisionTriggers(SupervisionEngine engine) {
		this.engine = engine;
	}

	@ApplicationModuleListener
	void on(CaseTransitioned event) {
		forCase(event.caseId(), "CASE_TRANSITIONED");
	}

	@ApplicationModuleListener
	void on(ApprovalGranted event) {
		forCase(event.caseId(), "APPROVAL_GRANTED");
	}

	@ApplicationModuleListener
	void on(PenaltyDecisionIssued event) {
		forCase(event.caseId(), "PENALTY_DECISION_ISSUED");
	}

	@ApplicationModuleListener
	void on(OnSiteDecisionIssued event) {
		try {
			engine.runForOnSiteDecision(event.decisionId(), "ONSITE_DECISION_ISSUED");
		}
		catch (RuntimeException ex) {
			log.warn("Supervision run for on-site decision {} failed; the scheduled run will catch up", event.decisionId(), ex);
		}
	}

	private void forCase(long caseId, String trigger) {
		try {
			engine.runForCase(caseId, trigger);
		}
		catch (RuntimeException ex) {
			log.warn("Supervision run for case {} failed; the scheduled run will catch up", caseId, ex);
		}
	}
}
