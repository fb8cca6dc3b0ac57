package org.gongzheng.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.gongzheng.shared.Sha256;

/**
 * One row of the audit log, and the rule that chains it: {@code hash = SHA-256(previous hash ‖
 * canonical row)}. The canonical form length-prefixes every field, so no choice of field values
 * can make two different rows read the same.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, Long actorUnitId, String action, String objectType,
		String objectId, String outcome, String clientAddress, String details) {

	public static final String GENESIS = "0".repeat(64);

	public AuditEntry {
		// PostgreSQL keeps microseconds; hashing the stored precision keeps verification exact.
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
	}

	public String canonical() {
		StringBuilder out = new StringBuilder(256);
		field(out, Long.toString(id));
		out.append(canonicalTail(occurredAt, actor, actorUnitId, action, objectType, objectId, outcome, clientAddress,
				details));
		return out.toString();
	}

	/**
	 * The canonical row after its id. An entry gets its id only under the chain lock, so the
	 * appender sends this part and the database puts the id field in front (see V52).
	 */
	static String canonicalTail(Instant occurredAt, String actor, Long actorUnitId, String action, String objectType,
			String objectId, String outcome, String clientAddress, String details) {
		StringBuilder out = new StringBuilder(256);
		field(out, occurredAt.toString());
		field(out, actor);
		field(out, actorUnitId == null ? null : actorUnitId.toString());
		field(out, action);
		field(out, objectType);
		field(out, objectId);
		field(out, outcome);
		field(out, clientAddress);
		field(out, details);
		return out.toString();
	}

	public String chainedHash(String previousHash) {
		MessageDigest digest = Sha256.newDigest();
		digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
		digest.update(canonical().getBytes(StandardCharsets.UTF_8));
		return Sha256.hex(digest.digest());
	}

	private static void field(StringBuilder out, String value) {
		if (value == null) {
			out.append("-1:;");
		}
		else {
			out.append(value.length()).append(':').append(value).append(';');
		}
	}
}
