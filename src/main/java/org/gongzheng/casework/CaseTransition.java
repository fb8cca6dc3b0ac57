package org.gongzheng.casework;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every way a case may change state, in one place. Each transition names the states it leaves
 * from, the state it reaches and what the person taking it must supply.
 */
public enum CaseTransition {

	/** 受案: take the reported incident in, naming the handling officers. */
	ACCEPT(EnumSet.of(CaseState.REGISTERED), CaseState.ACCEPTED, Requirement.HANDLERS),
	/** 立案 */
	FILE(EnumSet.of(CaseState.ACCEPTED), CaseState.FILED),
	/** 不予立案: a reason is required. */
	DECLINE_FILING(EnumSet.of(CaseState.ACCEPTED), CaseState.NOT_FILED, Requirement.REASON),
	/** 开始侦查/调查 */
	START_INVESTIGATION(EnumSet.of(CaseState.FILED), CaseState.INVESTIGATING),
	/** 作出决定: kind and content of the decision are required. */
	DECIDE(EnumSet.of(CaseState.INVESTIGATING), CaseState.DECIDED, Requirement.DECISION),
	/** 结案 */
	CLOSE(EnumSet.of(CaseState.DECIDED), CaseState.CLOSED),
	/**
	 * 撤销案件: allowed once a case is filed and before a decision, when it turns out no liability
	 * should be pursued (e.g. Criminal Procedure Law art. 163). A reason is required.
	 */
	REVOKE(EnumSet.of(CaseState.FILED, CaseState.INVESTIGATING), CaseState.REVOKED, Requirement.REASON);

	/** What the person taking a transition must supply besides the case version. */
	public enum Requirement {
		REASON, HANDLERS, DECISION
	}

	private final Set<CaseState> from;

	private final CaseState to;

	private final Set<Requirement> requirements;

	CaseTransition(Set<CaseState> from, CaseState to, Requirement... requirements) {
		this.from = from;
		this.to = to;
		this.requirements = requirements.length == 0 ? EnumSet.noneOf(Requirement.class)
				: EnumSet.copyOf(Arrays.asList(requirements));
	}

	public boolean allowedFrom(CaseState state) {
		return from.contains(state);
	}

	public CaseState target() {
		return to;
	}

	public Set<CaseState> sources() {
		return Set.copyOf(from);
	}

	public boolean requires(Requirement requirement) {
		return requirements.contains(requirement);
	}

	public static List<CaseTransition> availableFrom(CaseState state) {
		return Arrays.stream(values()).filter(t -> t.allowedFrom(state)).toList();
	}
}
