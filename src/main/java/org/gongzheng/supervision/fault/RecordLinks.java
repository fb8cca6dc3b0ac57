package org.gongzheng.supervision.fault;

import org.springframework.stereotype.Component;

import org.gongzheng.organization.SignedInOfficer;

/**
 * For pages: whether the signed-in reader may open an officer's record, so that a name is a link
 * only where following it would not end in "not found" ({@code ${@recordLinks.readable(id)}}).
 */
@Component("recordLinks")
public class RecordLinks {

	private final OfficerRecords records;

	RecordLinks(OfficerRecords records) {
		this.records = records;
	}

	public boolean readable(long officerId) {
		return SignedInOfficer.current().map(viewer -> records.readable(officerId, viewer)).orElse(false);
	}
}
