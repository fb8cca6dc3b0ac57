package org.gongzheng.casework.internal;

import org.gongzheng.casework.DecisionKind;

/** What a transition carries besides the case itself; which fields matter depends on the transition. */
record TransitionDetails(String reason, Long handlerId, Long coHandlerId, DecisionKind decisionKind) {
}
