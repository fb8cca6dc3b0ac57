package org.gongzheng.approval.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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

	/** Every material pinned to any round of the case's requests, keyed by {@link #pinKey}. */
	Map<String, PinnedMaterial> pinnedOnCase(long caseId) {
		Map<String, PinnedMaterial> pinned = new HashMap<>();
		jdbc.query("""
				select m.request_id, m.round, m.material_id, m.title, m.content_hash
				from approval_request_materials m join approval_requests r on r.id = m.request_id
				where r.case_id = ?""", rs -> {
			pinned.put(pinKey(rs.getLong(1), rs.getInt(2), rs.getString(5)),
					new PinnedMaterial(rs.getLong(3), rs.getString(4), rs.getString(5)));
		}, caseId);
		return pinned;
	}

	static String pinKey(long requestId, int round, String contentHash) {
		return requestId + ":" + round + ":" + contentHash;
	}

	void name(long requestId, int round, int linkOrder, Set<Long> officers) {
		officers.forEach(officer -> jdbc.update(
				"insert into approval_link_signers (request_id, round, link_order, officer_id) values (?, ?, ?, ?)", requestId,
				round, linkOrder, officer));
	}

	Set<Long> named(long requestId, int round, int linkOrder) {
		return Set.copyOf(jdbc.queryForList(
				"select officer_id from approval_link_signers where request_id = ? and round = ? and link_order = ?", Long.class,
				requestId, round, linkOrder));
	}
}
