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
 */
public record AuditEvent(String action, String objectType, String objectId, Outcome outcome, String details) {

	public enum Outcome {
		SUCCESS, FAILURE, DENIED
	}

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(objectType, "objectType");
		Objects.requireNonNull(outcome, "outcome");
	}

	public static AuditEvent success(String action, String objectType, Object objectId, String details) {
		return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), Outcome.SUCCESS, details);
	}

	public static AuditEvent denied(String action, String objectType, Object objectId, String details) {
		return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), Outcome.DENIED, details);
	}
}
