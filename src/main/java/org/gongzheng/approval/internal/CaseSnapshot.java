package org.gongzheng.approval.internal;

/** The parts of a case file a request copies when it is submitted. */
record CaseSnapshot(long id, String number, String title, long unitId, String unitPath, long version) {
}
