package org.gongzheng.casework;

import java.time.Instant;

/**
 * Property recorded as seized on a case, as other modules may know it: enough to say whether a
 * seizure document has anything to list, and to list it.
 *
 * @param kind 扣押 SEIZURE, 暂扣 TEMPORARY_SEIZURE, 查封 SEALING or 冻结 FREEZING; each has its own document
 * @param disposedAt when it was returned, confiscated, destroyed or transferred; null while held
 */
public record SeizedPropertyFact(long id, String kind, String description, int quantity, String unitOfMeasure,
		Instant seizedAt, Instant disposedAt) {

	/** Whether it was taken under a 扣押 (rather than held temporarily, sealed or frozen). */
	public boolean seizure() {
		return "SEIZURE".equals(kind);
	}
}
