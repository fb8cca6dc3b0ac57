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

import org.gongzheng.casework.CaseState;

/** One event in a case's history. Written in the transaction of the change it records. */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "event_type")
	private String eventType;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state")
	private CaseState fromState;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state")
	private CaseState toState;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "effective_at")
	private Instant effectiveAt;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	private String subject;

	private String note;

	@Column(name = "note_en")
	private String noteEn;

	protected TimelineEntry() {
	}

	TimelineEntry(long caseId, String eventType, CaseState fromState, CaseState toState, Long actorId,
			Instant effectiveAt, Instant recordedAt, String subject, String note, String noteEn) {
		this.caseId = caseId;
		this.eventType = eventType;
		this.fromState = fromState;
		this.toState = toState;
		this.actorId = actorId;
		this.effectiveAt = effectiveAt;
		this.recordedAt = recordedAt;
		this.subject = subject;
		this.note = note;
		this.noteEn = noteEn;
	}

	/** The note in the reader's language where the system wrote it in both; else as written. */
	public String noteIn(java.util.Locale locale) {
		return org.gongzheng.shared.Languages.pick(locale, note, noteEn);
	}

	public String getNoteEn() {
		return noteEn;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getEventType() {
		return eventType;
	}

	public CaseState getFromState() {
		return fromState;
	}

	public CaseState getToState() {
		return toState;
	}

	public Long getActorId() {
		return actorId;
	}

	public Instant getEffectiveAt() {
		return effectiveAt;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	/** A message code ({@code enum.*}) or {@code deadline:<rule code>}, or null. */
	public String getSubject() {
		return subject;
	}

	public String getNote() {
		return note;
	}
}
