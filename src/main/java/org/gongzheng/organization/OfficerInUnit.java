package org.gongzheng.organization;

/** An officer's summary with the unit they belong to, read together. */
public record OfficerInUnit(OfficerSummary officer, UnitSummary unit) {
}
