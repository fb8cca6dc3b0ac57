package org.gongzheng.supervision.desk;

import java.time.Instant;

/** One recorded engine run. */
public record RunRow(long id, String trigger, String scope, Instant startedAt, Instant finishedAt, int raised, int stillOpen,
		int cleared) {

	public long elapsedMillis() {
		return finishedAt == null ? 0 : java.time.Duration.between(startedAt, finishedAt).toMillis();
	}
}
