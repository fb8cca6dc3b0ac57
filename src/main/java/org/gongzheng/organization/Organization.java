package org.gongzheng.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The organization module's face: read access to units and officers for other modules. */
public interface Organization {

	Optional<OfficerSummary> officer(long officerId);

	Map<Long, OfficerSummary> officers(Collection<Long> officerIds);

	Optional<UnitSummary> unit(long unitId);

	Map<Long, UnitSummary> units(Collection<Long> unitIds);

	/** Active units inside a scope, ordered as a tree (by path). */
	List<UnitSummary> unitsIn(DataScope scope);

	/** The active bureaus (the roots of the data scopes), by path: what per-bureau jobs walk. */
	List<UnitSummary> bureaus();

	/** Active officers of the units inside a scope, ordered by unit and name. */
	List<OfficerSummary> officersIn(DataScope scope);

	/**
	 * Active officers of the units inside a scope who hold at least one of the roles (with all their
	 * roles), ordered by unit and police number: the few who sign, without the many who do not.
	 */
	List<OfficerSummary> officersHoldingAny(DataScope scope, Set<Role> roles);

	/**
	 * The units of these kinds inside a scope where an active officer with an enabled account holds
	 * the role: where, beyond the stations, cases are handled, say.
	 */
	Set<Long> unitsWhereSomeoneHolds(DataScope scope, Role role, Set<UnitKind> kinds);

	/** How many active officers the units inside a scope hold: whether a page may list them all. */
	long countOfficersIn(DataScope scope);

	/**
	 * Active officers of a scope whose police number starts with {@code text} or whose name holds
	 * it, ignoring case; at most {@code limit}, by police number. For choosing one officer among many.
	 */
	List<OfficerSummary> officersMatching(DataScope scope, String text, int limit);

	/** An officer with their unit, read as they are now (for rules that must not act on stale data). */
	Optional<OfficerInUnit> officerInUnit(long officerId);

	/**
	 * Active officers of the units inside a scope who hold the role, each with their unit, ordered
	 * by unit and police number.
	 */
	List<OfficerInUnit> officersIn(DataScope scope, Role role);

	/** Whether the officer holds an active qualification of at least this level on that day. */
	default boolean qualified(long officerId, LocalDate day, QualificationLevel minimum) {
		return officer(officerId).map(o -> o.active() && o.qualifiedOn(day, minimum)).orElse(false);
	}
}
