package org.gongzheng.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * Records whose whole content a module vouches for in the audit log. When it writes such a record
 * the module puts a {@link #token} naming the record and the digest of its content into the
 * record's audit entry, which the hash chain then protects. Audit verification asks the module
 * for each named record's digest as it stands now, so a record altered behind the application's
 * back is found even though every audit entry is intact.
 */
public interface AttestedRecords {

	/** Finds the tokens in an audit entry's details: type, record id, digest. */
	Pattern TOKEN = Pattern.compile("attests ([A-Z_]+) (-?\\d+) sha256:([0-9a-f]{64})");

	/** The kind of record, as it appears in tokens, e.g. {@code SIGNATURE}. */
	String type();

	/** The digest each record has now, by id; ids of records that no longer exist are left out. */
	Map<Long, String> currentDigests(Collection<Long> ids);

	/**
	 * The records of this type that no audit entry vouches for: written behind the application's
	 * back, or before the module attested them.
	 *
	 * @param attested whether an audit entry vouches for the record with this id
	 * @param sample how many of their ids to name, newest first: records from before attestation
	 *     began all have the lowest ids, so one written behind the application's back since then is
	 *     named even among many of those
	 */
	Unattested unattested(LongPredicate attested, int sample);

	/**
	 * The type whose older records this type adopts, or {@code null}. Records written before their
	 * kind was attested (an upgrade's) have no entry of their own; the first start after the upgrade
	 * writes one entry whose token names this type and an id N, with one digest of every record of
	 * the adopted type whose id is at most N. From then on the log vouches for them together, so
	 * verification counts them as vouched for, and a change to any of them, or a row slipped in
	 * among their ids, breaks the chain at that entry. Only the first such entry adopts.
	 */
	default String adoptedType() {
		return null;
	}

	/** How many records of a type no audit entry vouches for, and the newest of their ids, newest first. */
	record Unattested(String type, long count, List<Long> firstIds) {
	}

	static String token(String type, long id, String digest) {
		return "attests " + type + " " + id + " sha256:" + digest;
	}
}
