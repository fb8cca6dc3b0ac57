package org.gongzheng.organization.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.UnitSummary;

/** Read access to units and officers for the rest of the application. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory implements Organization {

	private final UnitRepository units;

	private final OfficerRepository officers;

	private final AccountRepository accounts;

	public OrganizationDirectory(UnitRepository units, OfficerRepository officers, AccountRepository accounts) {
		this.units = units;
		this.officers = officers;
		this.accounts = accounts;
	}

	@Override
	public Optional<OfficerSummary> officer(long officerId) {
		return officers.findById(officerId).map(o -> summarize(List.of(o)).get(o.getId()));
	}

	@Override
	public Map<Long, OfficerSummary> officers(Collection<Long> officerIds) {
		if (officerIds.isEmpty()) {
			return Map.of();
		}
		return summarize(officers.findAllById(Set.copyOf(officerIds)));
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
		List<Officer> found = officers.search(scope.likePattern(), null, null, org.springframework.data.domain.Pageable.unpaged())
			.getContent().stream().filter(Officer::isActive).toList();
		Map<Long, OfficerSummary> summaries = summarize(found);
		return found.stream().map(o -> summaries.get(o.getId())).toList();
	}

	Map<Long, OfficerSummary> summarize(List<Officer> found) {
		Map<Long, Unit> unitsById = units.findAllById(found.stream().map(Officer::getUnitId).collect(Collectors.toSet()))
			.stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
		Map<Long, Set<Role>> rolesByOfficer = accounts.findByOfficerIdIn(found.stream().map(Officer::getId).toList())
			.stream().collect(Collectors.toMap(Account::getOfficerId, Account::getRoles));
		Map<Long, OfficerSummary> result = new HashMap<>();
		for (Officer o : found) {
			Unit unit = unitsById.get(o.getUnitId());
			result.put(o.getId(), new OfficerSummary(o.getId(), o.getPoliceNumber(), o.getName(), o.getUnitId(),
					unit.getNameZh(), unit.getNameEn(), unit.getPath(), o.getQualificationLevel(), o.getQualificationValidUntil(),
					o.isApprovalRightsSuspended(), o.isActive(), rolesByOfficer.getOrDefault(o.getId(), Set.of())));
		}
		return result;
	}
}
