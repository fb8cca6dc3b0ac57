package org.gongzheng.casework.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import org.gongzheng.casework.CaseState;

/**
 * Writes timeline entries; callers are always inside the transaction of the change they record.
 * An entry's subject is a message code (an enum label) or {@code deadline:<rule>}, so the page
 * can show it in the reader's language; the note is free text as the officer wrote it.
 */
@Component
class Timeline {

	private final TimelineRepository entries;

	private final Clock clock;

	Timeline(TimelineRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	static String deadline(String ruleCode) {
		return "deadline:" + ruleCode;
	}

	void record(LawCase lawCase, String eventType, Long actorId, Instant effectiveAt, String subject, String note) {
		record(lawCase, eventType, null, null, actorId, effectiveAt, subject, note);
	}

	void record(LawCase lawCase, String eventType, CaseState from, CaseState to, Long actorId, Instant effectiveAt,
			String subject, String note) {
		entries.save(new TimelineEntry(lawCase.getId(), eventType, from, to, actorId, effectiveAt, clock.instant(), subject,
				note, null));
	}

	/** A note the system wrote in both languages ({@code noteEn} may be null where it did not). */
	void record(LawCase lawCase, String eventType, Long actorId, Instant effectiveAt, String subject, String note,
			String noteEn) {
		entries.save(new TimelineEntry(lawCase.getId(), eventType, null, null, actorId, effectiveAt, clock.instant(),
				subject, note, noteEn));
	}
}
