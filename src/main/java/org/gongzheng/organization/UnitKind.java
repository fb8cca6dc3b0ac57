package org.gongzheng.organization;

import java.util.Set;

/** The levels of the unit tree and which kinds may sit under which. */
public enum UnitKind {

	BUREAU, SUB_BUREAU, TRAFFIC_BRIGADE, DEPARTMENT, STATION, SQUADRON, TEAM;

	public Set<UnitKind> allowedChildren() {
		return switch (this) {
			case BUREAU -> Set.of(SUB_BUREAU, TRAFFIC_BRIGADE, DEPARTMENT);
			case SUB_BUREAU -> Set.of(STATION, DEPARTMENT, TEAM);
			case TRAFFIC_BRIGADE -> Set.of(SQUADRON, TEAM);
			case DEPARTMENT, STATION, SQUADRON -> Set.of(TEAM);
			case TEAM -> Set.of();
		};
	}
}
