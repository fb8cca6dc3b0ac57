package org.gongzheng.shared;

import java.util.Objects;

/**
 * A fact that must be written to the audit log. Modules publish it; the audit module appends it to
 * the hash chain in the publishing transaction, so a write and its audit record commit together.
 * Living here keeps every module free of a dependency on the audit module.
 *
 * @param action what happened, as a stable upper-case code such as {@code CASE_TRANSITION}
 * @param objectType the kind of object acted on, such as {@code CASE}
 * @param objectId the object's id, or {@code null} when there is none
 * @param outcome whether the action succeeded
 * @param details a short human-readable description, never personal data in clear
 * @param reading whether the entry records that someone was shown something, such as a case, a
 *        person's data or a document; an answer to a HEAD request shows nothing, so the log keeps
 *        no successful reading for one
 */
public record AuditEvent(String action, String objectType, String objectId, Outcome outcome, String details,
		boolean reading) {

	public enum Outcome {
		SUCCESS, FAILURE, DENIED
	}

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(objectType, "objectType");
		Objects.requireNonNull(outcome, "outcome");
	}

	public AuditEvent(String action, String objectType, String objectId, Outcome outcome, String details) {
		this(action, objectType, objectId, outcome, details, false);
	}

	public static AuditEvent success(String action, String objectType, Object objectId, String details) {
		return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), Outcome.SUCCESS, details);
	}

	/** Someone was shown something: recorded for a GET, not for a HEAD that shows nothing. */
	public static AuditEvent read(String action, String objectType, Object objectId, String details) {
		return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), Outcome.SUCCESS, details,
				true);
	}

	public static AuditEvent denied(String action, String objectType, Object objectId, String details) {
		return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), Outcome.DENIED, details);
	}
}
