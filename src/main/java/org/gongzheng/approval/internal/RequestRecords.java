package org.gongzheng.approval.internal;

import java.util.List;
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
