package org.gongzheng.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organization module's face: read access to units and officers for other modules. */
public interface Organization {

	Optional<OfficerSummary> officer(long officerId);

	Map<Long, OfficerSummary> officers(Collection<Long> officerIds);

	Optional<UnitSummary> unit(long unitId);

	Map<Long, UnitSummary> units(Collection<Long> unitIds);

	/** Active units inside a scope, ordered as a tree (by path). */
	List<UnitSummary> unitsIn(DataScope scope);

	/** Active officers of the units inside a scope, ordered by unit and name. */
	List<OfficerSummary> officersIn(DataScope scope);

	/** Active officers of the units inside a scope who hold the role, ordered by unit and police number. */
	default List<OfficerSummary> officersIn(DataScope scope, Role role) {
		return officersIn(scope).stream().filter(o -> o.roles().contains(role)).toList();
	}

	/** Whether the officer holds an active qualification of at least this level on that day. */
	default boolean qualified(long officerId, LocalDate day, QualificationLevel minimum) {
		return officer(officerId).map(o -> o.active() && o.qualifiedOn(day, minimum)).orElse(false);
	}
}
