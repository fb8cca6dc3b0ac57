package org.gongzheng.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerInUnit;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.LikePatterns;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.identity.TypedNames;

/**
 * Read access to units and officers for the rest of the application. Officer summaries come from
 * one query over officers, their units and their account roles (JPQL, so pending edits of the same
 * transaction are flushed first); they are not cached across requests because they carry the
 * approval-rights flag and the qualification, which signing must see as they are now, on every
 * instance that shares the database. Roles count only through an enabled account: whoever cannot
 * sign in cannot act in them, so they are nobody's candidate to sign.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory implements Organization {

	private static final String SUMMARIES = """
			select o.id, o.policeNumber, o.name, o.unitId, u.nameZh, u.nameEn, u.path, o.qualificationLevel,
			       o.qualificationValidUntil, o.approvalRightsSuspended, o.active, r,
			       u.parentId, u.code, u.shortName, u.kind, u.zoneId, u.active, u.legalAffairs
			from Officer o join Unit u on u.id = o.unitId left join Account a on a.officerId = o.id and a.enabled = true
			left join a.roles r
			""";

	private static final Pattern UNIT_PATH_PATTERN = Pattern.compile("(/[0-9]+)+/%");

	private final UnitRepository units;

	private final EntityManager entityManager;

	public OrganizationDirectory(UnitRepository units, EntityManager entityManager) {
		this.units = units;
		this.entityManager = entityManager;
	}

	@Override
	public Optional<OfficerSummary> officer(long officerId) {
		return officerInUnit(officerId).map(OfficerInUnit::officer);
	}

	@Override
	public Optional<OfficerInUnit> officerInUnit(long officerId) {
		// "= :id", not "in": Hibernate reuses the translated SQL only without list parameters.
		return rows(entityManager.createQuery(SUMMARIES + " where o.id = :id", Object[].class)
			.setParameter("id", officerId)).stream().findFirst();
	}

	@Override
	public Map<Long, OfficerSummary> officers(Collection<Long> officerIds) {
		if (officerIds.isEmpty()) {
			return Map.of();
		}
		// In a stable order, so a list of them (who may sign a link) reads the same at every load.
		return summaries(entityManager
			.createQuery(SUMMARIES + " where o.id in :ids order by o.policeNumber", Object[].class)
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
	public List<UnitSummary> bureaus() {
		return units.findByKindAndActiveTrueOrderByPath(UnitKind.BUREAU).stream().map(Unit::summary).toList();
	}

	@Override
	public List<OfficerSummary> officersIn(DataScope scope) {
		return List.copyOf(summaries(entityManager.createQuery(SUMMARIES
				+ " where u.path like :pattern and o.active = true order by u.path, o.policeNumber", Object[].class)
			.setParameter("pattern", scope.likePattern())).values());
	}

	@Override
	public List<OfficerSummary> officersHoldingAny(DataScope scope, Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		// The scope written in, as for officersIn(scope, role): a plan made once for any scope would walk
		// every officer of the bureau from its units and look up each one's roles (80 ms for 10,000
		// officers, against 14 ms starting from the few who hold them).
		return List.copyOf(summaries(entityManager.createQuery(SUMMARIES + " where u.path like " + literal(scope) + """
				 and o.active = true and o.id in (
				   select held.officerId from Account held join held.roles role
				   where held.enabled = true and role in :roles)
				order by u.path, o.policeNumber""", Object[].class)
			.setParameter("roles", roles)).values());
	}

	@Override
	public Set<Long> unitsWhereSomeoneHolds(DataScope scope, Role role, Set<UnitKind> kinds) {
		if (kinds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(entityManager.createQuery("""
				select distinct u.id from Officer o join Unit u on u.id = o.unitId join Account a on a.officerId = o.id
				join a.roles r
				where u.path like :pattern and u.kind in :kinds and o.active = true and a.enabled = true and r = :role""",
				Long.class)
			.setParameter("pattern", scope.likePattern())
			.setParameter("kinds", kinds)
			.setParameter("role", role)
			.getResultList());
	}

	@Override
	public long countOfficersIn(DataScope scope) {
		return entityManager.createQuery("""
				select count(o) from Officer o join Unit u on u.id = o.unitId where u.path like :pattern and o.active = true""",
				Long.class)
			.setParameter("pattern", scope.likePattern())
			.getSingleResult();
	}

	@Override
	public List<OfficerSummary> officersMatching(DataScope scope, String text, int limit) {
		// Read as names are stored (TypedNames), so "王　芳" or a pasted zero-width space still finds 王芳.
		String escaped = LikePatterns.literal(TypedNames.person(SearchTerms.folded(text)).toLowerCase(Locale.ROOT));
		// The ids first: the summaries come one row per role, which a row limit would cut short. The scope
		// written in, as for officersIn(scope, role): with it bound, a plan kept for any scope took 30 ms
		// per keystroke where 7 ms would do.
		List<Long> ids = entityManager.createQuery("select o.id from Officer o join Unit u on u.id = o.unitId"
				+ " where u.path like " + literal(scope) + """
				 and o.active = true
				and (lower(o.policeNumber) like :start escape '\\' or lower(o.name) like :part escape '\\')
				order by o.policeNumber""", Long.class)
			.setParameter("start", escaped + "%")
			.setParameter("part", "%" + escaped + "%")
			.setMaxResults(limit)
			.getResultList();
		Map<Long, OfficerSummary> found = officers(ids);
		return ids.stream().map(found::get).toList();
	}

	@Override
	public List<OfficerInUnit> officersIn(DataScope scope, Role role) {
		// Who could sign a link: read for every request page and every eligibility check of a signature.
		// The scope is written into the statement rather than bound, so PostgreSQL keeps a plan per
		// bureau made knowing how much of the tree it holds. Bound, the plan kept after a connection's
		// tenth call guessed one unit and walked a large bureau's officers (42 ms against 6 at 10,000);
		// planning afresh at every call instead cost the approval chain a third of its speed in a small
		// bureau (docs/performance.md, section 10). Not officersHoldingAny's query with one role: its
		// `in` over roles took 12.6 ms here against this one's 6.7.
		return rows(entityManager.createQuery(SUMMARIES + " where u.path like " + literal(scope) + """
				 and o.active = true
				 and exists (select 1 from Account a2 join a2.roles r2 where a2.officerId = o.id and a2.enabled = true and r2 = :role)
				 order by u.path, o.policeNumber""", Object[].class)
			.setParameter("role", role));
	}

	/**
	 * A scope's LIKE pattern as a query literal. Only a path of digits and slashes is accepted, so
	 * nothing else can be written into a query this way.
	 */
	static String literal(DataScope scope) {
		String pattern = scope.likePattern();
		if (!UNIT_PATH_PATTERN.matcher(pattern).matches()) {
			throw new IllegalArgumentException("Not a unit path: " + scope.pathPrefix());
		}
		return "'" + pattern + "'";
	}

	private static Map<Long, OfficerSummary> summaries(TypedQuery<Object[]> query) {
		Map<Long, OfficerSummary> result = new LinkedHashMap<>();
		rows(query).forEach(row -> result.put(row.officer().id(), row.officer()));
		return result;
	}

	/** Folds the rows (one per role) into officers with their units, keeping the query's order. */
	private static List<OfficerInUnit> rows(TypedQuery<Object[]> query) {
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
		List<OfficerInUnit> result = new ArrayList<>(rows.size());
		rows.forEach((id, r) -> result.add(new OfficerInUnit(
				new OfficerSummary(id, (String) r[1], (String) r[2], (Long) r[3], (String) r[4], (String) r[5],
						(String) r[6], (QualificationLevel) r[7], (LocalDate) r[8], (Boolean) r[9], (Boolean) r[10],
						Set.copyOf(roles.get(id))),
				new UnitSummary((Long) r[3], (Long) r[12], (String) r[13], (String) r[4], (String) r[5], (String) r[14],
						(UnitKind) r[15], (String) r[6], (String) r[16], (Boolean) r[17], (Boolean) r[18]))));
		return result;
	}
}
