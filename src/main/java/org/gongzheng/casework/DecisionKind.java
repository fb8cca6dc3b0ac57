package org.gongzheng.casework;

import java.util.Set;

/** The kind of decision that ends the handling of a case, by case type. */
public enum DecisionKind {

	/** 行政处罚 */
	ADMINISTRATIVE_PENALTY(CaseType.ADMINISTRATIVE),
	/** 不予行政处罚 */
	NO_PENALTY(CaseType.ADMINISTRATIVE),
	/** 移送审查起诉 */
	TRANSFER_FOR_PROSECUTION(CaseType.CRIMINAL),
	/** 移送其他主管机关 */
	TRANSFER_TO_OTHER_AUTHORITY(CaseType.ADMINISTRATIVE, CaseType.CRIMINAL);

	private final Set<CaseType> types;

	DecisionKind(CaseType... types) {
		this.types = Set.of(types);
	}

	public boolean appliesTo(CaseType type) {
		return types.contains(type);
	}
}
