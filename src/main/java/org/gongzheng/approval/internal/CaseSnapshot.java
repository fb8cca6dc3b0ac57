package org.gongzheng.approval.internal;

/**
 * The parts of a case file a request copies when it is submitted; {@code partyNames}, one per line,
 * is copied again at each resubmission, since a correction often adds a party.
 */
record CaseSnapshot(long id, String number, String title, long unitId, String unitPath, long version,
		String partyNames) {
}
