package org.gongzheng.audit;

import java.time.Instant;
import java.util.List;

import org.gongzheng.shared.AttestedRecords;

/**
 * The result of walking the audit chain.
 *
 * @param intact whether every row's hash and link are right, and every record a row vouches for
 *     still has the digest the row names
 * @param rowsChecked how many rows were checked (up to and including the first broken one)
 * @param recordsChecked how many records vouched for by those rows were compared with their digests
 * @param firstBrokenId the id of the first row that fails, or {@code null}
 * @param problem what is wrong with that row: {@code CONTENT_ALTERED} or {@code CHAIN_BROKEN} (the
 *     row itself), {@code ATTESTED_CONTENT_ALTERED} or {@code ATTESTED_RECORD_MISSING} (the record it
 *     vouches for)
 * @param unattested per type, records that exist but that no row vouches for (written outside the
 *     application, or before it attested them); only looked for when the chain is intact, and not
 *     part of {@code intact}, which is about the rows themselves
 * @param adoptions per type, the records written before the application attested them that one row
 *     adopted at an upgrade: vouched for since that row, not since they were written; only when the
 *     chain is intact
 */
public record AuditVerification(boolean intact, long rowsChecked, long recordsChecked, Long firstBrokenId,
		String problem, List<AttestedRecords.Unattested> unattested, List<Adoption> adoptions, Instant checkedAt) {

	public static AuditVerification ok(long rows, long records, List<AttestedRecords.Unattested> unattested,
			List<Adoption> adoptions, Instant at) {
		return new AuditVerification(true, rows, records, null, null, List.copyOf(unattested), List.copyOf(adoptions), at);
	}

	public static AuditVerification broken(long rows, long records, long id, String problem, Instant at) {
		return new AuditVerification(false, rows, records, id, problem, List.of(), List.of(), at);
	}

	/**
	 * Records of a type with ids up to {@code throughId}, vouched for together by the row
	 * {@code entryId} since {@code adoptedAt}.
	 */
	public record Adoption(String type, long throughId, long entryId, Instant adoptedAt) {
	}

	/** Whether every record of an attested kind is vouched for by some row. */
	public boolean complete() {
		return unattested.isEmpty();
	}

	public long unattestedCount() {
		return unattested.stream().mapToLong(AttestedRecords.Unattested::count).sum();
	}

	/** One line for the audit record of the verification itself and for the command line. */
	public String summary() {
		if (!intact) {
			return "broken at " + firstBrokenId + " " + problem;
		}
		String summary = rowsChecked + " rows intact, " + recordsChecked + " attested records match";
		for (AttestedRecords.Unattested u : unattested) {
			summary += "; " + u.count() + " " + u.type() + " records vouched for by no row, newest ids " + u.firstIds();
		}
		for (Adoption a : adoptions) {
			summary += "; " + a.type() + " records up to id " + a.throughId() + " adopted by row " + a.entryId() + " at "
					+ a.adoptedAt();
		}
		return summary;
	}
}
