package org.gongzheng.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.approval.ApprovalCaseFiles;

/** Tells the approval module what it needs about case files and who has read which material. */
@Component
@Transactional(readOnly = true)
class ApprovalCaseFilesAdapter implements ApprovalCaseFiles {

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
		return cases.findById(caseId).map(c -> new CaseFile(c.getId(), c.getCaseNumber(), c.getTitle(), c.getUnitId(),
				c.getUnitPath(), c.getHandlerId(), c.getCoHandlerId(), c.getVersion(), c.getState().name(),
				c.getDecisionKind() == null ? null : c.getDecisionKind().name(),
				// Only the three columns approval pins, not whole material entities with their bodies.
				entityManager.createQuery("""
						select m.id, m.title, m.contentHash from Material m where m.caseId = :caseId order by m.id""",
						Object[].class)
					.setParameter("caseId", caseId)
					.getResultStream()
					.map(row -> new Material((Long) row[0], (String) row[1], (String) row[2]))
					.toList()));
	}

	@Override
	public Map<Long, Instant> firstViews(long officerId, Collection<Long> materialIds) {
		Map<Long, Instant> views = new HashMap<>();
		if (materialIds.isEmpty()) {
			return views;
		}
		jdbc.query("""
				select material_id, min(viewed_at) from material_views
				where officer_id = ? and material_id = any (?) group by material_id""",
				rs -> {
					views.put(rs.getLong(1), rs.getObject(2, Timestamp.class).toInstant());
				}, officerId, materialIds.toArray(Long[]::new));
		return views;
	}
}
