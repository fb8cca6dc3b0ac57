package org.gongzheng.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.audit.AuditVerification;
import org.gongzheng.shared.AttestedRecords;

/**
 * Walks the whole chain in id order, recomputing each hash, and names the first row that fails.
 * Rows are streamed with a cursor, so memory stays flat however long the log grows. Rows that vouch
 * for a record's content ({@link AttestedRecords}) are also compared with the record as it stands,
 * a batch at a time. Last, every such record is asked whether some row vouches for it at all: a
 * signature inserted behind the application's back leaves every row intact, but no row names it.
 * One snapshot (repeatable read) for all of it, so a signature committed meanwhile is seen with
 * its audit entry or not at all.
 */
@Service
public class AuditVerifier {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Map<String, AttestedRecords> attested = new HashMap<>();

	AuditVerifier(JdbcTemplate jdbc, Clock clock, List<AttestedRecords> attested) {
		this.jdbc = jdbc;
		this.clock = clock;
		attested.forEach(records -> this.attested.put(records.type(), records));
	}

	/** How many ids of unattested records a verification names, per type. */
	static final int UNATTESTED_SAMPLE = 20;

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public AuditVerification verify() {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(2_000);
		Walk walk = new Walk(new Attestations(attested));
		try {
			streaming.query("""
					select id, occurred_at, actor, actor_unit_id, action, object_type, object_id, outcome,
					       client_address, details, prev_hash, hash
					from audit_log order by id""", walk);
			walk.attestations.check();
		}
		catch (BrokenChain stop) {
			return AuditVerification.broken(walk.rows, walk.attestations.checked(), stop.id, stop.problem,
					clock.instant());
		}
		List<AttestedRecords.Unattested> unattested = attested.values().stream()
			.map(records -> records.unattested(walk.attestations.vouchedFor(records.type()), UNATTESTED_SAMPLE))
			.filter(u -> u.count() > 0)
			.toList();
		return AuditVerification.ok(walk.rows, walk.attestations.checked(), unattested, walk.attestations.adoptions(),
				clock.instant());
	}

	/** An adoption covers no record at or above the lowest one attested on its own. */
	static long capped(long adoptedThrough, AttestedIds own) {
		return own.isEmpty() || adoptedThrough == Long.MIN_VALUE ? adoptedThrough
				: Math.min(adoptedThrough, own.min() - 1);
	}

	private static final class Walk implements RowCallbackHandler {

		private final Attestations attestations;

		private String previous = AuditEntry.GENESIS;

		private long rows;

		Walk(Attestations attestations) {
			this.attestations = attestations;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			rows++;
			AuditEntry entry = new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), (Long) rs.getObject("actor_unit_id"), rs.getString("action"),
					rs.getString("object_type"), rs.getString("object_id"), rs.getString("outcome"),
					rs.getString("client_address"), rs.getString("details"));
			if (!previous.equals(rs.getString("prev_hash"))) {
				// An earlier row whose record was altered is the first problem, if there is one.
				attestations.check();
				throw new BrokenChain(entry.id(), "CHAIN_BROKEN");
			}
			String hash = entry.chainedHash(previous);
			if (!hash.equals(rs.getString("hash"))) {
				attestations.check();
				throw new BrokenChain(entry.id(), "CONTENT_ALTERED");
			}
			previous = hash;
			attestations.collect(entry);
		}
	}

	/**
	 * The records vouched for by the rows walked so far, compared with their digests a batch at a
	 * time, in row order, so the first mismatch found is the earliest.
	 */
	private static final class Attestations {

		private static final int BATCH = 500;

		private final Map<String, AttestedRecords> sources;

		private final List<Claim> pending = new ArrayList<>();

		private final Map<String, AttestedIds> ids = new HashMap<>();

		/** Per adopting type, the earliest entry's adoption: the one that counts. */
		private final Map<String, AuditVerification.Adoption> firstAdoptions = new HashMap<>();

		private long checked;

		Attestations(Map<String, AttestedRecords> sources) {
			this.sources = sources;
		}

		void collect(AuditEntry entry) {
			String details = entry.details();
			if (details == null || !details.contains("attests ")) {
				return;
			}
			Matcher token = AttestedRecords.TOKEN.matcher(details);
			while (token.find()) {
				String type = token.group(1);
				if (sources.containsKey(type)) {
					long recordId = Long.parseLong(token.group(2));
					pending.add(new Claim(entry.id(), type, recordId, token.group(3)));
					ids(type).add(recordId);
					if (sources.get(type).adoptedType() != null) {
						firstAdoptions.putIfAbsent(type, new AuditVerification.Adoption(sources.get(type).adoptedType(),
								recordId, entry.id(), entry.occurredAt()));
					}
				}
			}
			if (pending.size() >= BATCH) {
				check();
			}
		}

		void check() {
			if (pending.isEmpty()) {
				return;
			}
			Map<String, Map<Long, String>> current = new HashMap<>();
			pending.stream().collect(Collectors.groupingBy(Claim::type, Collectors.mapping(Claim::recordId,
					Collectors.toSet())))
				.forEach((type, ids) -> current.put(type, sources.get(type).currentDigests(ids)));
			List<Claim> claims = List.copyOf(pending);
			pending.clear();
			for (Claim claim : claims) {
				checked++;
				String now = current.get(claim.type()).get(claim.recordId());
				if (now == null) {
					throw new BrokenChain(claim.entryId(), "ATTESTED_RECORD_MISSING");
				}
				if (!now.equals(claim.digest())) {
					throw new BrokenChain(claim.entryId(), "ATTESTED_CONTENT_ALTERED");
				}
			}
		}

		long checked() {
			return checked;
		}

		AttestedIds ids(String type) {
			return ids.computeIfAbsent(type, t -> new AttestedIds());
		}

		/** Whether a record of a type is vouched for by an entry of its own or by an adoption. */
		LongPredicate vouchedFor(String type) {
			AttestedIds own = ids(type);
			long adoptedThrough = adoptedThrough(type, own);
			return id -> id <= adoptedThrough || own.contains(id);
		}

		/**
		 * Up to which id an adoption vouches for records of a type. An upgrade adopts once, so only
		 * the first adoption counts (a later one, staged to cover rows slipped in since, covers
		 * nothing, though its digest is still checked); and only records older than every one
		 * attested on its own can be an upgrade's.
		 */
		private long adoptedThrough(String type, AttestedIds own) {
			long through = Long.MIN_VALUE;
			for (AuditVerification.Adoption adoption : firstAdoptions.values()) {
				if (adoption.type().equals(type)) {
					through = Math.max(through, adoption.throughId());
				}
			}
			return capped(through, own);
		}

		/** The adoptions that count, each up to the id it covers once capped, in the order they were written. */
		List<AuditVerification.Adoption> adoptions() {
			return firstAdoptions.values().stream()
				.map(a -> new AuditVerification.Adoption(a.type(), adoptedThrough(a.type(), ids(a.type())), a.entryId(),
						a.adoptedAt()))
				.sorted(Comparator.comparingLong(AuditVerification.Adoption::entryId))
				.toList();
		}
	}

	private record Claim(long entryId, String type, long recordId, String digest) {
	}

	private static final class BrokenChain extends RuntimeException {

		private final long id;

		private final String problem;

		BrokenChain(long id, String problem) {
			super(problem, null, false, false);
			this.id = id;
			this.problem = problem;
		}
	}
}
