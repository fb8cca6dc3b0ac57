package org.gongzheng.casework.web;

import org.springframework.http.HttpMethod;

import org.gongzheng.casework.internal.Material;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.organization.SignedInOfficer;

/**
 * Whether a request for a material opens it, for its page, its API answer and its file alike. An
 * opening writes the view receipt a signature rests on, so only a request that shows the material
 * opens it: a HEAD shows nothing, and only checks the scope.
 */
final class MaterialReadings {

	private MaterialReadings() {
	}

	static Material read(Materials materials, long caseId, long materialId, HttpMethod method,
			SignedInOfficer officer) {
		return method == HttpMethod.HEAD ? materials.continueReading(caseId, materialId, officer)
				: materials.open(caseId, materialId, officer);
	}

	/** As {@link #read(Materials, long, long, HttpMethod, SignedInOfficer)}, for a material already found in scope. */
	static void read(Materials materials, Material found, HttpMethod method, SignedInOfficer officer) {
		if (method != HttpMethod.HEAD) {
			materials.opened(found, officer);
		}
	}
}
