package org.gongzheng.approval.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.shared.AttestedRecords;
import org.gongzheng.shared.AuditEvent;

/**
 * Rounds written before rounds were attested (V76), adopted together: V77 notes up to which id
 * they go, and the first start after the upgrade writes one audit entry with a single digest of
 * every round up to it. The log vouches for them from that moment, not from when they were
 * written; what was changed before the upgrade cannot be told.
 */
@Component
class RoundAdoptions implements AttestedRecords {

	static final String TYPE = "SUBMISSION_ROUNDS_ADOPTED";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	RoundAdoptions(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String adoptedType() {
		return RoundAttestations.TYPE;
	}

	/** Writes the audit entry of each adoption noted and not yet written; another instance's are skipped. */
	@Transactional
	public int adoptNoted() {
		List<Long> noted = jdbc.queryForList("""
				select through_id from approval_round_adoptions where adopted_at is null
				order by through_id for update skip locked""", Long.class);
		for (long through : noted) {
			Adopted adopted = digestThrough(through);
			events.publishEvent(AuditEvent.success("SUBMISSION_ROUNDS_ADOPTED", "SUBMISSION_ROUND", through,
					adopted.count() + " submission rounds written before rounds were attested (ids up to " + through
							+ "), vouched for as they stand at this upgrade; "
							+ AttestedRecords.token(TYPE, through, adopted.digest())));
			jdbc.update("update approval_round_adoptions set adopted_at = now() where through_id = ?", through);
		}
		return noted.size();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> currentDigests(Collection<Long> ids) {
		Map<Long, String> digests = new HashMap<>();
		for (long through : ids) {
			Adopted adopted = digestThrough(through);
			if (adopted.count() > 0) {
				digests.put(through, adopted.digest());
			}
		}
		return digests;
	}

	@Override
	public Unattested unattested(LongPredicate attested, int sample) {
		// An adoption is its own audit entry's record: there is none without one.
		return new Unattested(TYPE, 0, List.of());
	}

	/**
	 * One digest of every round with an id up to {@code through}, in id order, each by its own
	 * digest: a round changed, removed or slipped in among them changes it.
	 */
	private Adopted digestThrough(long through) {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(5_000);
		MessageDigest all = sha256();
		long[] count = { 0 };
		streaming.query("""
				select id, request_id, round, summary, summary_en, note, case_version, submitted_by, submitted_at
				from approval_request_rounds where id <= ? order by id""", rs -> {
			SubmissionRound round = new SubmissionRound(rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getLong(7), rs.getLong(8), rs.getTimestamp(9).toInstant());
			all.update((rs.getLong(1) + ":" + round.digest(rs.getLong(2)) + "\n").getBytes(StandardCharsets.US_ASCII));
			count[0]++;
		}, through);
		return new Adopted(count[0], HexFormat.of().formatHex(all.digest()));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private record Adopted(long count, String digest) {
	}
}
