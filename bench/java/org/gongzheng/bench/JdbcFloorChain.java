package org.gongzheng.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongzheng.shared.Sha256;

/**
 * Not the product: the same four-link chain written with plain JDBC on one connection, keeping
 * only the records the issue asks for (request pinned to the case version and the materials'
 * hashes, each round, view receipts, signatures, a hash-chained audit record per step, the case
 * transition) and checking the same rules in a few lines of Java. It answers one question: how
 * fast could any design that keeps these records go on this machine?
 */
final class JdbcFloorChain implements AutoCloseable {

	/** Per link: the role, the minimum qualification and how many levels above the case's station the signer sits. */
	private static final String[] ROLES = { "REVIEWER", "REVIEWER", "LEGAL", "LEADER" };

	private static final int[] QUALIFICATION = { 2, 3, 3, 3 };

	private static final int[] LEVELS_UP = { 0, 1, 2, 2 };

	static final long HANDLER = 1;

	/** The signers of the four links, in order. */
	static final long[] SIGNERS = { 2, 3, 4, 5 };

	private static final String STATION = "/1/2/3/";

	private final Connection connection;

	JdbcFloorChain(String url) throws SQLException {
		connection = DriverManager.getConnection(url);
		try (var statement = connection.createStatement()) {
			statement.execute(SupervisionDataset.resource("bench/approval-floor-schema.sql"));
			statement.execute("""
					insert into floor_officers values (1, '/1/2/3/', 'OFFICER', 2, false), (2, '/1/2/3/', 'REVIEWER', 3, false),
					(3, '/1/2/', 'REVIEWER', 3, false), (4, '/1/', 'LEGAL', 3, false), (5, '/1/', 'LEADER', 3, false)""");
			// Colleagues who may not sign these links, so the candidate queries have something to pass over.
			statement.execute("""
					insert into floor_officers select 100 + g, '/1/' || (g % 7) || '/' || (g % 13) || '/',
					(array['OFFICER','REVIEWER','LEGAL','LEADER'])[1 + g % 4], 1 + g % 3, g % 17 = 0
					from generate_series(1, 400) g""");
		}
		connection.setAutoCommit(false);
	}

	/** A case waiting to be filed and its materials' ids. */
	record FloorCase(long caseId, List<Long> materialIds) {
	}

	/** A case waiting to be filed, with two materials; made before the clock starts. */
	FloorCase prepare(int i) throws SQLException {
		long caseId = single("insert into floor_cases (unit_path, handler_id, version, state) values (?, ?, 2, 'ACCEPTED') returning id",
				STATION, HANDLER);
		for (String title : new String[] { "询问笔录", "证据清单" }) {
			String body = title + " 第" + i + "号：问：经过？答：被打。";
			update("insert into floor_materials (case_id, title, body, content_hash) values (?, ?, ?, ?)", caseId, title, body,
					Sha256.hex(body));
		}
		List<Long> materialIds = list("select id from floor_materials where case_id = ? order by id", caseId);
		connection.commit();
		return new FloorCase(caseId, materialIds);
	}

	/** Submit, then per link: who may sign, open both materials, sign; the last signature files the case. */
	void runOne(FloorCase c) throws SQLException {
		long requestId = submit(c.caseId());
		for (int link = 0; link < SIGNERS.length; link++) {
			long signer = SIGNERS[link];
			if (!candidates(requestId, link).contains(signer)) {
				throw new IllegalStateException("Officer " + signer + " may not sign link " + (link + 1));
			}
			for (long materialId : c.materialIds()) {
				open(materialId, signer);
			}
			sign(requestId, link, signer);
		}
	}

	private long submit(long caseId) throws SQLException {
		Instant now = Instant.now();
		long version;
		try (ResultSet c = query("select version, state, handler_id from floor_cases where id = ? for update", caseId)) {
			c.next();
			version = c.getLong(1);
			if (!"ACCEPTED".equals(c.getString(2)) || c.getLong(3) != HANDLER) {
				throw new IllegalStateException("Case " + caseId + " cannot be filed by its submitter");
			}
		}
		long requestId = single("""
				insert into floor_requests (case_id, case_version, status, round, current_link, submitted_by, submitted_at, version)
				values (?, ?, 'PENDING', 1, 0, ?, ?, 0) returning id""", caseId, version, HANDLER, Timestamp.from(now));
		long roundId = single("""
				insert into floor_rounds (request_id, round, summary, case_version, submitted_by, submitted_at)
				values (?, 1, '建议立案', ?, ?, ?) returning id""", requestId, version, HANDLER, Timestamp.from(now));
		update("""
				insert into floor_request_materials (request_id, round, material_id, title, content_hash)
				select ?, 1, id, title, content_hash from floor_materials where case_id = ?""", requestId, caseId);
		audit(HANDLER, "APPROVAL_SUBMITTED", requestId, "attests ROUND " + roundId + " sha256:"
				+ Sha256.hex(requestId + "\n1\n建议立案\n" + version + "\n" + HANDLER + "\n" + now));
		connection.commit();
		return requestId;
	}

	private List<Long> candidates(long requestId, int link) throws SQLException {
		connection.setReadOnly(true);
		try {
			String unitPath;
			try (ResultSet r = query("""
					select r.current_link, c.unit_path from floor_requests r join floor_cases c on c.id = r.case_id
					where r.id = ?""", requestId)) {
				r.next();
				if (r.getInt(1) != link) {
					throw new IllegalStateException("Request " + requestId + " is at another link");
				}
				unitPath = up(r.getString(2), LEVELS_UP[link]);
			}
			List<Long> ids = list("""
					select id from floor_officers where role = ? and unit_path = ? and qualification >= ? and not suspended
					and id <> ? order by id""", ROLES[link], unitPath, QUALIFICATION[link], HANDLER);
			connection.commit();
			return ids;
		}
		finally {
			connection.setReadOnly(false);
		}
	}

	private void open(long materialId, long officer) throws SQLException {
		long caseId;
		try (ResultSet m = query("""
				select m.case_id, m.body, m.content_hash, c.unit_path from floor_materials m
				join floor_cases c on c.id = m.case_id where m.id = ?""", materialId)) {
			m.next();
			caseId = m.getLong(1);
			m.getString(2);
		}
		update("insert into floor_material_views (material_id, case_id, officer_id, viewed_at) values (?, ?, ?, ?)",
				materialId, caseId, officer, Timestamp.from(Instant.now()));
		audit(officer, "MATERIAL_OPENED", materialId, null);
		connection.commit();
	}

	private void sign(long requestId, int link, long signer) throws SQLException {
		long caseId;
		int round;
		long caseVersion;
		long version;
		try (ResultSet r = query("""
				select case_id, round, current_link, case_version, status, version from floor_requests where id = ? for update""",
				requestId)) {
			r.next();
			caseId = r.getLong(1);
			round = r.getInt(2);
			caseVersion = r.getLong(4);
			version = r.getLong(6);
			if (r.getInt(3) != link || !"PENDING".equals(r.getString(5))) {
				throw new IllegalStateException("Request " + requestId + " is no longer at link " + (link + 1));
			}
		}
		try (ResultSet o = query("select unit_path, role, qualification, suspended from floor_officers where id = ?", signer)) {
			o.next();
			if (!ROLES[link].equals(o.getString(2)) || o.getInt(3) < QUALIFICATION[link] || o.getBoolean(4)) {
				throw new IllegalStateException("Officer " + signer + " may not sign link " + (link + 1));
			}
		}
		try (ResultSet c = query("select version, handler_id, unit_path from floor_cases where id = ?", caseId)) {
			c.next();
			if (c.getLong(1) != caseVersion || c.getLong(2) == signer
					|| !up(c.getString(3), LEVELS_UP[link]).equals(unitPathOf(signer))) {
				throw new IllegalStateException("Stale request, own case or wrong unit");
			}
		}
		List<String> hashes = new ArrayList<>();
		try (ResultSet m = query("""
				select rm.content_hash, min(v.viewed_at) from floor_request_materials rm
				left join floor_material_views v on v.material_id = rm.material_id and v.officer_id = ?
				where rm.request_id = ? and rm.round = ? group by rm.material_id, rm.content_hash order by rm.material_id""",
				signer, requestId, round)) {
			while (m.next()) {
				if (m.getTimestamp(2) == null) {
					throw new IllegalStateException("Officer " + signer + " has not opened every material");
				}
				hashes.add(m.getString(1));
			}
		}
		Instant now = Instant.now();
		long signatureId = single("""
				insert into floor_signatures (request_id, round, link_order, signer_id, decision, signed_at, case_version, material_hashes)
				values (?, ?, ?, ?, 'APPROVE', ?, ?, ?) returning id""", requestId, round, link + 1, signer,
				Timestamp.from(now), caseVersion, String.join(",", hashes));
		boolean last = link == SIGNERS.length - 1;
		update("update floor_requests set current_link = ?, status = ?, version = ? where id = ? and version = ?", link + 1,
				last ? "APPROVED" : "PENDING", version + 1, requestId, version);
		audit(signer, "APPROVAL_SIGNED", requestId, "attests SIGNATURE " + signatureId + " sha256:" + Sha256.hex(
				requestId + "\n" + round + "\n" + (link + 1) + "\n" + signer + "\nAPPROVE\n" + now + "\n" + caseVersion + "\n"
						+ String.join(",", hashes)));
		if (last) {
			update("update floor_cases set state = 'FILED', version = version + 1 where id = ?", caseId);
			update("insert into floor_timeline (case_id, event, at) values (?, 'FILED', ?)", caseId, Timestamp.from(now));
		}
		connection.commit();
	}

	private String unitPathOf(long officer) {
		return officer == 2 ? "/1/2/3/" : officer == 3 ? "/1/2/" : "/1/";
	}

	/** The unit {@code levels} above the station at {@code path}. */
	private static String up(String path, int levels) {
		String result = path;
		for (int i = 0; i < levels; i++) {
			result = result.substring(0, result.lastIndexOf('/', result.length() - 2) + 1);
		}
		return result;
	}

	private void audit(long actor, String action, long objectId, String details) throws SQLException {
		try (ResultSet r = query("select floor_audit_append(?, ?, ?, ?)", String.valueOf(actor), action,
				String.valueOf(objectId), details)) {
			r.next();
		}
	}

	long filedCases() throws SQLException {
		try (ResultSet r = query("select count(*) from floor_cases where state = 'FILED'")) {
			r.next();
			long count = r.getLong(1);
			connection.commit();
			return count;
		}
	}

	private ResultSet query(String sql, Object... args) throws SQLException {
		PreparedStatement statement = prepared(sql, args);
		statement.closeOnCompletion();
		return statement.executeQuery();
	}

	private long single(String sql, Object... args) throws SQLException {
		try (ResultSet r = query(sql, args)) {
			r.next();
			return r.getLong(1);
		}
	}

	private List<Long> list(String sql, Object... args) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (ResultSet r = query(sql, args)) {
			while (r.next()) {
				ids.add(r.getLong(1));
			}
		}
		return ids;
	}

	private void update(String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = prepared(sql, args)) {
			statement.executeUpdate();
		}
	}

	/** Statements are prepared per call, as a pool's connection would; the driver reuses server-side plans. */
	private PreparedStatement prepared(String sql, Object... args) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < args.length; i++) {
			statement.setObject(i + 1, args[i]);
		}
		return statement;
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
