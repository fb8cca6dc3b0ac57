package org.gongzheng.approval.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.shared.db.CaseLocks;

/** The materials pinned to each round and the signers named for countersign links. */
@Component
class RequestRecords {

	private final JdbcTemplate jdbc;

	RequestRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void pin(long requestId, int round, List<PinnedMaterial> materials) {
		jdbc.batchUpdate("insert into approval_request_materials (request_id, round, material_id, title, content_hash) values (?, ?, ?, ?, ?)",
				materials, materials.size(), (ps, m) -> {
					ps.setLong(1, requestId);
					ps.setInt(2, round);
					ps.setLong(3, m.id());
					ps.setString(4, m.title());
					ps.setString(5, m.contentHash());
				});
	}

	List<PinnedMaterial> pinned(long requestId, int round) {
		return jdbc.query("select material_id, title, content_hash from approval_request_materials where request_id = ? and round = ? order by material_id",
				(rs, i) -> new PinnedMaterial(rs.getLong(1), rs.getString(2), rs.getString(3)), requestId, round);
	}

	/**
	 * Every material pinned to any round of the case's requests, in the order pinned, by request and
	 * round ({@link #roundKey}). Two materials may share a hash (one scanned file attached to two
	 * records), so a round's hashes alone do not say which material each was.
	 */
	Map<String, List<PinnedMaterial>> pinnedOnCase(long caseId) {
		Map<String, List<PinnedMaterial>> pinned = new HashMap<>();
		jdbc.query("""
				select m.request_id, m.round, m.material_id, m.title, m.content_hash
				from approval_request_materials m join approval_requests r on r.id = m.request_id
				where r.case_id = ? order by m.request_id, m.round, m.material_id""", rs -> {
			pinned.computeIfAbsent(roundKey(rs.getLong(1), rs.getInt(2)), k -> new ArrayList<>())
				.add(new PinnedMaterial(rs.getLong(3), rs.getString(4), rs.getString(5)));
		}, caseId);
		return pinned;
	}

	/** As {@link #pinnedOnCase}, for the rounds of the given requests, whatever their cases. */
	Map<String, List<PinnedMaterial>> pinnedOnRequests(Collection<Long> requestIds) {
		Map<String, List<PinnedMaterial>> pinned = new HashMap<>();
		if (requestIds.isEmpty()) {
			return pinned;
		}
		jdbc.query("""
				select request_id, round, material_id, title, content_hash from approval_request_materials
				where request_id = any (?) order by request_id, round, material_id""", rs -> {
			pinned.computeIfAbsent(roundKey(rs.getLong(1), rs.getInt(2)), k -> new ArrayList<>())
				.add(new PinnedMaterial(rs.getLong(3), rs.getString(4), rs.getString(5)));
		}, (Object) requestIds.stream().distinct().toArray(Long[]::new));
		return pinned;
	}

	static String roundKey(long requestId, int round) {
		return requestId + ":" + round;
	}

	void name(long requestId, int round, int linkOrder, Set<Long> officers) {
		officers.forEach(officer -> jdbc.update(
				"insert into approval_link_signers (request_id, round, link_order, officer_id) values (?, ?, ?, ?)", requestId,
				round, linkOrder, officer));
	}

	/** Who is named on the link now: released signers no longer count. */
	Set<Long> named(long requestId, int round, int linkOrder) {
		return Set.copyOf(jdbc.queryForList("""
				select officer_id from approval_link_signers
				where request_id = ? and round = ? and link_order = ? and released_at is null""", Long.class,
				requestId, round, linkOrder));
	}

	/** Releases a named signer who can no longer sign, with the rule that stops them and its cause. */
	void release(long requestId, int round, int linkOrder, long officerId, ReleaseReason reason, Instant at) {
		jdbc.update("""
				update approval_link_signers set released_at = ?, released_because = ?, released_cause = ?,
				       released_qualification = ?, released_qualification_until = ?, released_min_qualification = ?
				where request_id = ? and round = ? and link_order = ? and officer_id = ? and released_at is null""",
				Timestamp.from(at), reason.because(), reason.cause().name(), nameOf(reason.qualification()),
				reason.qualificationValidUntil(), nameOf(reason.minQualification()), requestId, round, linkOrder,
				officerId);
	}

	private static String nameOf(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** Every named signer released on any round and link of the request, in the order released. */
	List<CountersignRelease> releases(long requestId) {
		return jdbc.query(RELEASES + " where n.request_id = ? and n.released_at is not null order by n.released_at, n.officer_id",
				RequestRecords::releaseOf, requestId);
	}

	/** Every named signer released on any request about the case, in the order released. */
	List<CountersignRelease> releasesOnCase(long caseId) {
		return jdbc.query(RELEASES + """
				 join approval_requests r on r.id = n.request_id
				where r.case_id = ? and n.released_at is not null order by n.released_at, n.officer_id""",
				RequestRecords::releaseOf, caseId);
	}

	/**
	 * The officer's releases from countersign links, newest first, on requests for {@code action}
	 * (any when null) released from {@code from} until before {@code until} (open when null), a
	 * page at a time; an unpaged request reads them all.
	 */
	List<CountersignRelease> releasesOf(long officerId, ApprovalAction action, Instant from, Instant until,
			Pageable page) {
		List<Object> args = new ArrayList<>();
		String where = releasesWhere(officerId, action, from, until, args);
		String limit = "";
		if (page.isPaged()) {
			limit = " limit ? offset ?";
			args.add(page.getPageSize());
			args.add(page.getOffset());
		}
		return jdbc.query(RELEASES + where + " order by n.released_at desc, n.request_id desc" + limit,
				RequestRecords::releaseOf, args.toArray());
	}

	long countReleasesOf(long officerId, ApprovalAction action, Instant from, Instant until) {
		List<Object> args = new ArrayList<>();
		return jdbc.queryForObject("select count(*) from approval_link_signers n"
				+ releasesWhere(officerId, action, from, until, args), Long.class, args.toArray());
	}

	private static String releasesWhere(long officerId, ApprovalAction action, Instant from, Instant until,
			List<Object> args) {
		StringBuilder where = new StringBuilder(" where n.officer_id = ? and n.released_at is not null");
		args.add(officerId);
		if (action != null) {
			where.append(" and exists (select 1 from approval_requests r where r.id = n.request_id and r.action = ?)");
			args.add(action.name());
		}
		if (from != null) {
			where.append(" and n.released_at >= ?");
			args.add(Timestamp.from(from));
		}
		if (until != null) {
			where.append(" and n.released_at < ?");
			args.add(Timestamp.from(until));
		}
		return where.toString();
	}

	private static final String RELEASES = """
			select n.request_id, n.round, n.link_order, n.officer_id, n.released_because, n.released_at,
			       n.released_cause, n.released_qualification, n.released_qualification_until,
			       n.released_min_qualification
			from approval_link_signers n""";

	private static CountersignRelease releaseOf(ResultSet rs, int row) throws SQLException {
		String cause = rs.getString(7);
		String qualification = rs.getString(8);
		java.sql.Date until = rs.getDate(9);
		String minimum = rs.getString(10);
		return new CountersignRelease(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getString(5),
				cause == null ? null : ReleaseCause.valueOf(cause),
				qualification == null ? null : QualificationLevel.valueOf(qualification),
				until == null ? null : until.toLocalDate(), minimum == null ? null : QualificationLevel.valueOf(minimum),
				rs.getTimestamp(6).toInstant());
	}

	/**
	 * The pending requests whose open countersign link names the officer and still waits for their
	 * signature: those a change to the officer may have left waiting for nobody.
	 */
	List<Long> waitingOnNamed(long officerId) {
		return jdbc.queryForList(WAITING_ON_NAMED + " and n.officer_id = ? order by r.id", Long.class, officerId);
	}

	/**
	 * The links one officer signed in the current round of each of the requests, by request id. One
	 * array parameter however many requests a queue holds, so the statement stays the same.
	 */
	Map<Long, Set<Integer>> linksSignedInCurrentRound(long officerId, Collection<Long> requestIds) {
		Map<Long, Set<Integer>> signed = new HashMap<>();
		if (requestIds.isEmpty()) {
			return signed;
		}
		jdbc.query("""
				select s.request_id, s.link_order from approval_signatures s
				join approval_requests r on r.id = s.request_id and r.round = s.round
				where s.signer_id = ? and s.request_id = any(?)""",
				(ResultSet rs) -> {
					signed.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getInt(2));
				}, officerId, requestIds.toArray(Long[]::new));
		return signed;
	}

	/** For each request, the links each officer signed in its current round. */
	Map<Long, Map<Long, Set<Integer>>> signedInCurrentRounds(Collection<Long> requestIds) {
		Map<Long, Map<Long, Set<Integer>>> signed = new HashMap<>();
		if (requestIds.isEmpty()) {
			return signed;
		}
		jdbc.query("""
				select s.request_id, s.signer_id, s.link_order from approval_signatures s
				join approval_requests r on r.id = s.request_id and r.round = s.round
				where s.request_id = any(?)""",
				(ResultSet rs) -> {
					signed.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
						.computeIfAbsent(rs.getLong(2), id -> new HashSet<>())
						.add(rs.getInt(3));
				}, (Object) requestIds.toArray(Long[]::new));
		return signed;
	}

	/** Every pending request whose open countersign link still waits for someone named. */
	List<Long> waitingOnAnyNamed() {
		return jdbc.queryForList("select distinct id from (" + WAITING_ON_NAMED + ") w order by id", Long.class);
	}

	/**
	 * The pending requests on cases of the bureau whose open countersign link, at one of the given
	 * roles, nobody has signed yet: those a newly able officer of that bureau holding one of those
	 * roles (only a case's own bureau signs it) may have to be named on, if everyone named before
	 * can no longer sign.
	 */
	List<Long> waitingForFirstSignature(long bureauId, Set<Role> roles) {
		return jdbc.queryForList("""
				select r.id from approval_requests r
				where r.status = 'PENDING' and r.case_unit_path like ? and r.open_link_role = any(?)
				and exists (select 1 from approval_link_signers n where n.request_id = r.id and n.round = r.round
				            and n.link_order = r.current_link)
				and not exists (select 1 from approval_signatures s where s.request_id = r.id and s.round = r.round
				                and s.link_order = r.current_link)
				order by r.id""", Long.class, "/" + bureauId + "/%", roles.stream().map(Role::name).toArray(String[]::new));
	}

	private static final String WAITING_ON_NAMED = """
			select r.id from approval_link_signers n
			join approval_requests r on r.id = n.request_id and r.round = n.round and r.current_link = n.link_order
			where n.released_at is null and r.status = 'PENDING'
			and not exists (select 1 from approval_signatures s where s.request_id = r.id and s.round = r.round
			                and s.link_order = r.current_link and s.signer_id = n.officer_id)""";

	/** The next cases, by id after {@code afterCaseId}, with a request still open on them (pending or returned). */
	List<Long> casesWithOpenRequests(long afterCaseId, int limit) {
		return jdbc.queryForList("""
				select distinct case_id from approval_requests
				where status in ('PENDING', 'RETURNED') and case_id > ? order by case_id limit ?""", Long.class,
				afterCaseId, limit);
	}

	/**
	 * Takes the lock of the request's case (see {@link CaseLocks}) before anything of the request is
	 * locked, in one round trip; the case's id, or empty if there is no such request.
	 */
	Optional<Long> lockCaseOf(long requestId) {
		return jdbc.queryForList("select case_id, " + CaseLocks.lockExpression("case_id")
				+ " from approval_requests where id = ?", requestId).stream()
			.map(row -> ((Number) row.get("case_id")).longValue())
			.findFirst();
	}
}
