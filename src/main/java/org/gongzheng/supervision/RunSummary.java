package org.gongzheng.supervision;

import java.time.Duration;
import java.util.Map;

/**
 * What one run of the supervision engine did.
 *
 * @param runId the supervision_runs row, or 0 when the run was skipped
 * @param raised alerts raised by this run
 * @param stillOpen alerts whose condition this run found again
 * @param cleared open alerts whose condition went away (closed when nobody was working on them)
 * @param elapsed time the run took inside its transaction
 * @param openByRule open alerts per rule after the run (full runs only; empty for scoped runs)
 * @param millisByRule time each evaluated rule took (its upsert and its clearing), in milliseconds
 */
public record RunSummary(long runId, int raised, int stillOpen, int cleared, Duration elapsed,
		Map<String, Integer> openByRule, Map<String, Long> millisByRule) {

	static RunSummary skipped() {
		return new RunSummary(0, 0, 0, 0, Duration.ZERO, Map.of(), Map.of());
	}
}
