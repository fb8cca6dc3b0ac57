package org.gongzheng.approval.internal;

import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;

/**
 * Where a link's signer sits relative to the case: in the handling unit (a station, a squadron, a
 * team, or a department whose own officers handle cases, such as a criminal investigation brigade:
 * the 所、队 that 办案单位 means), at the sub-bureau (or traffic brigade) above it, or the detachment
 * directly under the bureau that it belongs to, in the bureau's legal-affairs department (the unit
 * its administrator marked as such, not any department under the bureau: a detachment's own legal
 * officer is not the bureau's legal review), or at the bureau.
 */
public enum UnitLevel {

	OWN_STATION, SUB_BUREAU, BUREAU_LEGAL, BUREAU_LEADER;

	/**
	 * Whether a signer in {@code signerUnit} stands at this level for a case of the unit at
	 * {@code casePath}. Paths are materialized unit paths such as /1/4/17/.
	 */
	public boolean matches(UnitSummary signerUnit, String casePath) {
		UnitKind kind = signerUnit.kind();
		String signerPath = signerUnit.path();
		String bureau = casePath.substring(0, casePath.indexOf('/', 1) + 1);
		return switch (this) {
			// A department holds no stations, so one on the case's path is the unit that handles it.
			case OWN_STATION -> casePath.startsWith(signerPath) && (kind == UnitKind.STATION
					|| kind == UnitKind.SQUADRON || kind == UnitKind.TEAM || kind == UnitKind.DEPARTMENT);
			// A department directly under the bureau (a detachment) has no sub-bureau above it: for its
			// own cases it stands at that rank itself.
			case SUB_BUREAU -> casePath.startsWith(signerPath) && (kind == UnitKind.SUB_BUREAU
					|| kind == UnitKind.TRAFFIC_BRIGADE || (kind == UnitKind.DEPARTMENT && directlyUnderBureau(signerPath)));
			case BUREAU_LEGAL -> signerUnit.legalAffairs() && signerPath.startsWith(bureau);
			case BUREAU_LEADER -> kind == UnitKind.BUREAU && signerPath.equals(bureau);
		};
	}

	/** Whether the unit at the path is a child of its bureau ("/1/3/"). */
	private static boolean directlyUnderBureau(String path) {
		return path.chars().filter(c -> c == '/').count() == 3;
	}
}
