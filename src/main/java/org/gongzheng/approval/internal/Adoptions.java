package org.gongzheng.approval.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.shared.AttestedRecords;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.Sha256;

/**
 * Records of an attested kind written before the application attested them, adopted together: V77
 * notes up to which id they go, and the first start after the upgrade writes one audit entry with a
 * single digest of every record of the kind up to it. The log vouches for them from that moment, not
 * from when they were written; what was changed before the upgrade cannot be told.
 */
abstract class Adoptions implements AttestedRecords {

	private static final Logger log = LoggerFactory.getLogger(Adoptions.class);

	private final String type;

	private final String adoptedType;

	private final String noun;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	/**
	 * @param type the adoption's own type, also the action of its audit entry
	 * @param adoptedType the type of record adopted
	 * @param noun the adopted records in the audit entry's words, plural
	 */
	Adoptions(String type, String adoptedType, String noun, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.type = type;
		this.adoptedType = adoptedType;
		this.noun = noun;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Each record of the adopted kind with an id up to {@code through}, in id order, with its digest. */
	abstract void digestsUpTo(long through, JdbcTemplate streaming, RecordDigest each);

	@FunctionalInterface
	interface RecordDigest {

		void accept(long id, String digest);
	}

	@Override
	public String type() {
		return type;
	}

	@Override
	public String adoptedType() {
		return adoptedType;
	}

	/**
	 * Writes the audit entry of each adoption noted and not yet written; another instance's are
	 * skipped. One whose records no longer number what the upgrade counted is refused: rows were
	 * slipped in among them or removed since, and they stay reported as vouched for by no row.
	 *
	 * @return how many entries were written
	 */
	@Transactional
	public int adoptNoted() {
		List<Noted> noted = jdbc.query("""
				select through_id, record_count from approval_adoptions where record_type = ? and adopted_at is null
				order by through_id for update skip locked""", (rs, i) -> new Noted(rs.getLong(1), rs.getLong(2)), adoptedType);
		int written = 0;
		for (Noted note : noted) {
			long through = note.throughId();
			Adopted adopted = digestThrough(through);
			if (adopted.count() != note.recordCount()) {
				log.warn("Not adopting {} records up to id {}: the upgrade counted {}, there are {} now; verification"
						+ " reports them as vouched for by no row", adoptedType, through, note.recordCount(), adopted.count());
				continue;
			}
			events.publishEvent(AuditEvent.success(type, adoptedType, through, adopted.count() + " " + noun
					+ " written before they were attested (ids up to " + through + "), vouched for as they stand at this upgrade; "
					+ AttestedRecords.token(type, through, adopted.digest())));
			jdbc.update("update approval_adoptions set adopted_at = now() where record_type = ? and through_id = ?",
					adoptedType, through);
			written++;
		}
		return written;
	}

	private record Noted(long throughId, long recordCount) {
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
		return new Unattested(type, 0, List.of());
	}

	/** One digest of the records' own digests in id order: a record changed, removed or slipped in among them changes it. */
	private Adopted digestThrough(long through) {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(5_000);
		MessageDigest all = Sha256.newDigest();
		long[] count = { 0 };
		digestsUpTo(through, streaming, (id, digest) -> {
			all.update((id + ":" + digest + "\n").getBytes(StandardCharsets.US_ASCII));
			count[0]++;
		});
		return new Adopted(count[0], Sha256.hex(all.digest()));
	}

	private record Adopted(long count, String digest) {
	}
}
