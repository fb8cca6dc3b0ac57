package org.gongzheng.casework.internal;

import java.time.Instant;
import java.util.List;

import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseType;
import org.gongzheng.shared.Languages;

/**
 * A row of a case list, with the names it needs already resolved. {@code matchingParties} names the
 * parties whose names hold a term of the list's keyword, empty without one.
 */
public record CaseListItem(long id, String caseNumber, CaseType type, CaseState state, String title, Instant reportedAt,
		long unitId, String unitNameZh, String unitNameEn, Long handlerId, String handlerName, Instant nextDeadlineAt,
		DeadlineStatus deadlineStatus, List<String> matchingParties, long version) {

	public String unitName(java.util.Locale locale) {
		return Languages.pick(locale, unitNameZh, unitNameEn);
	}
}
