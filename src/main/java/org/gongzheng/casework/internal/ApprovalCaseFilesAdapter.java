package org.gongzheng.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.DecisionKind;

/** Tells the approval module what it needs about case files and who has read which material. */
@Component
@Transactional(readOnly = true)
class ApprovalCaseFilesAdapter implements ApprovalCaseFiles {

	private static final String CASE_FILE = """
			select c.id, c.caseNumber, c.title, c.unitId, c.unitPath, c.handlerId, c.coHandlerId, c.version,
			       c.state, c.decisionKind, c.partyNames
			from LawCase c""";

	private final LawCaseRepository cases;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	ApprovalCaseFilesAdapter(LawCaseRepository cases, EntityManager entityManager, JdbcTemplate jdbc) {
		this.cases = cases;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CaseFile> find(long caseId) {
		// A projection, not the case entity: signing reads a case file for every link and keeps none
		// of it. The query flushes pending changes to the case first, so the version is current.
		return entityManager.createQuery(CASE_FILE + " where c.id = :caseId", Object[].class)
			.setParameter("caseId", caseId)
			.getResultList()
			.stream()
			.findFirst()
			.map(ApprovalCaseFilesAdapter::caseFile);
	}

	@Override
	public Map<Long, CaseFile> findAll(Collection<Long> caseIds) {
		Map<Long, CaseFile> files = new HashMap<>();
		if (caseIds.isEmpty()) {
			return files;
		}
		// SQL with one array parameter: JPQL's "in :ids" is translated anew for every list length and
		// binds a parameter per id, which dominated a long queue's time. Read paths only (queues,
		// records), so nothing pending in the transaction needs flushing first.
		jdbc.query("""
				select id, case_number, title, unit_id, unit_path, handler_id, co_handler_id, version, state, decision_kind, party_names
				from cases where id = any(?)""", rs -> {
			long id = rs.getLong("id");
			files.put(id, new CaseFile(id, rs.getString("case_number"), rs.getString("title"), rs.getLong("unit_id"),
					rs.getString("unit_path"), rs.getObject("handler_id", Long.class), rs.getObject("co_handler_id", Long.class),
					rs.getLong("version"), rs.getString("state"), rs.getString("decision_kind"),
					CaseState.valueOf(rs.getString("state")).terminal(), rs.getString("party_names")));
		}, (Object) caseIds.toArray(Long[]::new));
		return files;
	}

	private static CaseFile caseFile(Object[] row) {
		return new CaseFile((Long) row[0], (String) row[1], (String) row[2], (Long) row[3], (String) row[4],
				(Long) row[5], (Long) row[6], (Long) row[7], ((CaseState) row[8]).name(),
				row[9] == null ? null : ((DecisionKind) row[9]).name(), ((CaseState) row[8]).terminal(), (String) row[10]);
	}

	@Override
	public List<Long> openCasesHandledBy(long officerId) {
		return jdbc.queryForList("""
				select id from cases where (handler_id = ? or co_handler_id = ?) and state <> all (?)""", Long.class,
				officerId, officerId, Arrays.stream(CaseState.values()).filter(CaseState::terminal).map(Enum::name)
					.toArray(String[]::new));
	}

	@Override
	public List<Material> materials(long caseId) {
		// Only the three columns approval pins, not whole material entities with their bodies. A voided
		// material is no longer part of the file a new round submits; rounds that pinned it keep it.
		return entityManager.createQuery("""
				select m.id, m.title, m.contentHash from Material m
				where m.caseId = :caseId and m.voidedAt is null order by m.id""",
				Object[].class)
			.setParameter("caseId", caseId)
			.getResultList()
			.stream()
			.map(row -> new Material((Long) row[0], (String) row[1], (String) row[2]))
			.toList();
	}

	@Override
	public Map<Long, Instant> firstViews(long officerId, Collection<Long> materialIds, Instant since) {
		Map<Long, Instant> views = new HashMap<>();
		if (materialIds.isEmpty()) {
			return views;
		}
		jdbc.query("""
				select material_id, min(viewed_at) from material_views
				where officer_id = ? and material_id = any (?) and viewed_at >= ? group by material_id""",
				rs -> {
					views.put(rs.getLong(1), rs.getObject(2, Timestamp.class).toInstant());
				}, officerId, materialIds.toArray(Long[]::new), Timestamp.from(since));
		return views;
	}

	@Override
	public Set<Long> voided(Collection<Long> materialIds) {
		if (materialIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.queryForList("select id from case_materials where id = any (?) and voided_at is not null",
				Long.class, (Object) materialIds.toArray(Long[]::new)));
	}

	@Override
	public List<CaseChange> changesSince(long caseId, Instant since, int limit) {
		// Approval outcomes, deadlines and property entering the store are on the timeline too, but
		// leave the version alone.
		return jdbc.query("""
				select event_type, recorded_at, actor_id, subject, note, note_en from case_timeline
				where case_id = ? and recorded_at > ? and event_type not like 'APPROVAL\\_%' and event_type not like 'DEADLINE\\_%'
				  and event_type <> 'PROPERTY_REGISTERED'
				order by recorded_at, id limit ?""",
				(rs, n) -> new CaseChange(rs.getString("event_type"), rs.getObject("recorded_at", Timestamp.class).toInstant(),
						rs.getObject("actor_id", Long.class), rs.getString("subject"), rs.getString("note"),
						rs.getString("note_en")),
				caseId, Timestamp.from(since), limit);
	}
}
