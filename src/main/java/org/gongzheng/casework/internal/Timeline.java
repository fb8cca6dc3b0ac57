package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import org.gongzheng.casework.CaseState;

/** Writes timeline entries; callers are always inside the transaction of the change they record. */
@Component
class Timeline {

	private final TimelineRepository entries;

	private final Clock clock;

	Timeline(TimelineRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	void record(LawCase lawCase, String eventType, Long actorId, Instant effectiveAt, String note) {
		record(lawCase, eventType, null, null, actorId, effectiveAt, note);
	}

	void record(LawCase lawCase, String eventType, CaseState from, CaseState to, Long actorId, Instant effectiveAt,
			String note) {
		entries.save(new TimelineEntry(lawCase.getId(), eventType, from, to, actorId, effectiveAt, clock.instant(), note));
	}
}
