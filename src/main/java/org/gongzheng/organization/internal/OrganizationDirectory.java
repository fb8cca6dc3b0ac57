package org.gongzheng.organization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.UnitSummary;

/**
 * Read access to units and officers for the rest of the application. Officer summaries come from
 * one query over officers, their units and their account roles (JPQL, so pending edits of the same
 * transaction are flushed first); they are not cached across requests because they carry the
 * approval-rights flag and the qualification, which signing must see as they are now, on every
 * instance that shares the database.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory implements Organization {

	private static final String SUMMARIES = """
			select o.id, o.policeNumber, o.name, o.unitId, u.nameZh, u.nameEn, u.path, o.qualificationLevel,
			       o.qualificationValidUntil, o.approvalRightsSuspended, o.active, r
			from Officer o join Unit u on u.id = o.unitId left join Account a on a.officerId = o.id left join a.roles r
			""";

	private final UnitRepository units;

	private final EntityManager entityManager;

	public OrganizationDirectory(UnitRepository units, EntityManager entityManager) {
		this.units = units;
		this.entityManager = entityManager;
	}

	@Override
	public Optional<OfficerSummary> officer(long officerId) {
		return Optional.ofNullable(officers(List.of(officerId)).get(officerId));
	}

	@Override
	public Map<Long, OfficerSummary> officers(Collection<Long> officerIds) {
		if (officerIds.isEmpty()) {
			return Map.of();
		}
		return summaries(entityManager.createQuery(SUMMARIES + " where o.id in :ids", Object[].class)
			.setParameter("ids", Set.copyOf(officerIds)));
	}

	@Override
	public Optional<UnitSummary> unit(long unitId) {
		return units.findById(unitId).map(Unit::summary);
	}

	@Override
	public Map<Long, UnitSummary> units(Collection<Long> unitIds) {
		return units.findAllById(Set.copyOf(unitIds)).stream()
			.collect(Collectors.toMap(Unit::getId, Unit::summary));
	}

	@Override
	public List<UnitSummary> unitsIn(DataScope scope) {
		return units.findInScope(scope.likePattern()).stream().filter(Unit::isActive).map(Unit::summary).toList();
	}

	@Override
	public List<OfficerSummary> officersIn(DataScope scope) {
		return List.copyOf(summaries(entityManager.createQuery(SUMMARIES
				+ " where u.path like :pattern and o.active = true order by u.path, o.policeNumber", Object[].class)
			.setParameter("pattern", scope.likePattern())).values());
	}

	@Override
	public List<OfficerSummary> officersIn(DataScope scope, Role role) {
		return List.copyOf(summaries(entityManager.createQuery(SUMMARIES + """
				 where u.path like :pattern and o.active = true
				 and exists (select 1 from Account a2 join a2.roles r2 where a2.officerId = o.id and r2 = :role)
				 order by u.path, o.policeNumber""", Object[].class)
			.setParameter("pattern", scope.likePattern())
			.setParameter("role", role)).values());
	}

	/** Folds the rows (one per role) into summaries, keeping the query's order. */
	private static Map<Long, OfficerSummary> summaries(TypedQuery<Object[]> query) {
		Map<Long, Object[]> rows = new LinkedHashMap<>();
		Map<Long, Set<Role>> roles = new HashMap<>();
		for (Object[] row : query.getResultList()) {
			long id = (Long) row[0];
			rows.putIfAbsent(id, row);
			Set<Role> held = roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class));
			if (row[11] != null) {
				held.add((Role) row[11]);
			}
		}
		Map<Long, OfficerSummary> result = new LinkedHashMap<>();
		rows.forEach((id, r) -> result.put(id, new OfficerSummary(id, (String) r[1], (String) r[2], (Long) r[3],
				(String) r[4], (String) r[5], (String) r[6], (QualificationLevel) r[7], (LocalDate) r[8], (Boolean) r[9],
				(Boolean) r[10], Set.copyOf(roles.get(id)))));
		return result;
	}
}
